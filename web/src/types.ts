// Shapes of the API answers the page reads (api/http/schemas.py and api/http/routers/explorer.py).

export interface EntityLink {
  type: string;
  key: string;
  name: string;
}

export interface Entity extends EntityLink {
  aliases: string[];
}

export interface Evidence {
  sentence: string | null;
  doc: string;
  article: number | null;
  start: number | null;
  end: number | null;
  source: string | null;
  title: string | null;
  published: string | null;
  extractor?: string | null;
}

export interface Fact {
  relation: string;
  direction: "out" | "in";
  entity: EntityLink;
  role: string | null;
  role_text: string | null;
  titles: string[] | null;
  year: number | null;
  edition: number | null;
  evidence: Evidence[];
}

export interface Neighbourhood {
  entity: Entity;
  properties: Record<string, string>;
  total: number;
  truncated: boolean;
  items: Fact[];
}

export interface DocumentArticle {
  ordinal: number;
  headline: string | null;
  start: number;
  end: number;
  byline: string[];
}

export interface DocumentText {
  key: string;
  source: string | null;
  title: string | null;
  published: string | null;
  text: string;
  articles: DocumentArticle[];
}

export interface SearchPage {
  q: string;
  total: number;
  limit: number;
  offset: number;
  next_offset: number | null;
  items: Entity[];
}

export interface StepFact {
  relation: string;
  forward: boolean;
  role: string | null;
  role_text: string | null;
  titles: string[] | null;
  year: number | null;
  edition: number | null;
  evidence: Evidence[];
}

export interface PathStep {
  from: EntityLink;
  to: EntityLink;
  facts: StepFact[];
}

export interface GraphPath {
  length: number;
  nodes: EntityLink[];
  steps: PathStep[];
}

export interface Connections {
  source: Entity;
  target: Entity;
  max_hops: number;
  paths: GraphPath[];
}

export interface CypherResult {
  columns: string[];
  rows: unknown[][];
  row_count: number;
  truncated: boolean;
}
