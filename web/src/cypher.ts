// The Cypher box: read-only queries (POST /cypher); results as a table, or as a network when they hold
// nodes and relationships. The store refuses writes; the refusal is shown as it comes.

import type { Core, ElementDefinition } from "cytoscape";
import { ApiError, post } from "./api";
import { clear, errorBox, h, loading } from "./dom";
import { createGraph, legend, runLayout, toolbar } from "./graph";
import { relationName } from "./palette";
import type { CypherResult } from "./types";

const EXAMPLES: [string, string][] = [
  ["谁在哪里发言 Who spoke where (table)", "MATCH (p:Person)-[r:SPOKE_AT]->(f:Forum)\nRETURN p.name AS person, r.role AS role, f.name AS forum\nLIMIT 50"],
  ["发言网络 Speakers as a network", "MATCH (p:Person)-[r:SPOKE_AT]->(f:Forum)\nRETURN p, r, f\nLIMIT 100"],
  ["荣誉网络 Honours as a network", "MATCH (p:Person)-[r:HOLDS_HONOR]->(h:Honor)\nRETURN p, r, h\nLIMIT 100"],
  ["主办承办 Organisers", "MATCH (o:Organization)-[r:ORGANIZED|UNDERTOOK]->(f:Forum)\nRETURN o, r, f\nLIMIT 100"],
  ["人数 How many people", "MATCH (p:Person)\nRETURN count(p) AS people"],
];

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

interface NodeView {
  id: string;
  type: string;
  key: string;
  name: string;
}

interface RelView {
  id: string;
  source: string;
  target: string;
  type: string;
  role: string | null;
}

const idOf = (v: unknown): string => (isObject(v) ? `${v.table ?? ""}:${v.offset ?? ""}` : String(v));

function nodeName(node: Json, fallback: string): string {
  for (const k of ["name", "headline", "title", "key"]) if (typeof node[k] === "string" && node[k]) return String(node[k]);
  return fallback;
}

/**
 * A node as a store hands it over: LadybugDB's own form (`_ID`, `_LABEL` beside the properties) or the
 * Neo4j store's (`_label` beside the properties, identified by its key).
 */
function asNode(v: unknown): NodeView | null {
  if (!isObject(v)) return null;
  if ("_LABEL" in v && "_ID" in v && !("_SRC" in v)) {
    const id = idOf(v._ID);
    return { id, type: String(v._LABEL), key: String(v.key ?? id), name: nodeName(v, `${v._LABEL} ${id}`) };
  }
  if ("_label" in v && !("_type" in v) && typeof v.key === "string") {
    return { id: `key:${v.key}`, type: String(v._label), key: v.key, name: nodeName(v, v.key) };
  }
  return null;
}

/** A relationship: LadybugDB's (`_SRC`, `_DST`, `_LABEL`) or the Neo4j store's (`_type`, `_start`, `_end` keys). */
function asRel(v: unknown): RelView | null {
  if (!isObject(v)) return null;
  const role = typeof v.role === "string" ? v.role : null;
  if ("_SRC" in v && "_DST" in v && "_LABEL" in v) {
    const source = idOf(v._SRC);
    const target = idOf(v._DST);
    return { id: `rel:${v._ID ? idOf(v._ID) : `${source}-${target}-${v._LABEL}`}`, source, target, type: String(v._LABEL), role };
  }
  if ("_type" in v && "_start" in v && "_end" in v) {
    const source = `key:${v._start}`;
    const target = `key:${v._end}`;
    return { id: `rel:${typeof v.key === "string" ? v.key : `${source}-${target}-${v._type}`}`, source, target, type: String(v._type), role };
  }
  return null;
}

/** Every node and relationship in the rows, looking inside lists and paths. */
export function graphElements(rows: unknown[][]): ElementDefinition[] {
  const nodes = new Map<string, ElementDefinition>();
  const edges = new Map<string, ElementDefinition>();
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(visit);
    const node = asNode(v);
    if (node) {
      nodes.set(node.id, { group: "nodes", data: { id: node.id, type: node.type, key: node.key, name: node.name } });
      return;
    }
    const rel = asRel(v);
    if (rel) {
      const caption = rel.role ? `${relationName(rel.type)}·${rel.role}` : relationName(rel.type);
      edges.set(rel.id, { group: "edges", data: { id: rel.id, source: rel.source, target: rel.target, relation: rel.type, caption, evidence: [] } });
      return;
    }
    if (isObject(v)) Object.values(v).forEach(visit);
  };
  rows.forEach(visit);
  for (const edge of edges.values()) {
    for (const end of [edge.data.source, edge.data.target] as string[]) {
      if (!nodes.has(end)) nodes.set(end, { group: "nodes", data: { id: end, type: "?", key: end, name: end } });
    }
  }
  return [...nodes.values(), ...edges.values()];
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v !== "object") return String(v);
  const node = asNode(v);
  if (node) return `(${node.type} ${node.name})`;
  const rel = asRel(v);
  if (rel) return `[:${rel.type}${rel.role ? ` ${rel.role}` : ""}]`;
  if (Array.isArray(v)) return `[${v.map(cellText).join(", ")}]`;
  return JSON.stringify(v);
}

function resultTable(result: CypherResult): HTMLElement {
  return h(
    "div",
    { class: "table-wrap" },
    h(
      "table",
      { class: "cypher-table" },
      h("thead", {}, h("tr", {}, ...result.columns.map((c) => h("th", { scope: "col" }, c)))),
      h("tbody", {}, ...result.rows.map((row) => h("tr", {}, ...row.map((cell) => h("td", { lang: "zh" }, cellText(cell)))))),
    ),
  );
}

export function renderCypher(view: HTMLElement, initial?: string): void {
  clear(view);
  const query = h("textarea", { id: "cypher-query", class: "cypher-query", rows: 6, spellcheck: "false", "aria-label": "Cypher query" });
  query.value = initial ?? EXAMPLES[0][1];
  const params = h("textarea", { id: "cypher-params", class: "cypher-params", rows: 2, spellcheck: "false", "aria-label": "Parameters (JSON)", placeholder: '{"name": "…"}' });
  const examples = h("select", { id: "cypher-examples", "aria-label": "示例 Examples" }, h("option", { value: "" }, "示例 Examples…"), ...EXAMPLES.map(([title], i) => h("option", { value: String(i) }, title)));
  examples.addEventListener("change", () => {
    const chosen = EXAMPLES[Number(examples.value)];
    if (chosen) query.value = chosen[1];
  });
  const output = h("div", { class: "cypher-output", id: "cypher-output" });
  const run = h("button", { type: "submit", id: "cypher-run" }, "运行 Run");
  const form = h(
    "form",
    { class: "cypher-form" },
    h("label", { for: "cypher-query" }, "Cypher（只读 read-only）"),
    query,
    h("label", { for: "cypher-params" }, "参数 Parameters (JSON)"),
    params,
    h("div", { class: "cypher-actions" }, examples, run, h("span", { class: "muted" }, "Ctrl+Enter")),
  );
  let cy: Core | null = null;

  const show = (result: CypherResult): void => {
    clear(output);
    cy?.destroy();
    cy = null;
    const elements = graphElements(result.rows);
    const summary = h("p", { class: "status", role: "status" }, `${result.row_count} 行 rows${result.truncated ? "（已截断 truncated）" : ""}`);
    const table = resultTable(result);
    if (!elements.length) {
      output.append(summary, table);
      return;
    }
    const container = h("div", { class: "graph", id: "cypher-graph" });
    const graphPane = h("div", { class: "graph-layout" }, h("div", { class: "graph-main" }, toolbar(() => cy), container), h("aside", { class: "graph-side" }, h("h3", {}, "图例 Legend"), legend()));
    const tabs = h("div", { class: "result-tabs", role: "tablist" });
    const tab = (name: string, pane: HTMLElement, selected: boolean): HTMLElement => {
      const b = h("button", { type: "button", role: "tab", "aria-selected": selected ? "true" : "false" }, name);
      b.addEventListener("click", () => {
        for (const other of tabs.querySelectorAll("button")) other.setAttribute("aria-selected", other === b ? "true" : "false");
        graphPane.hidden = pane !== graphPane;
        table.hidden = pane !== table;
        if (pane === graphPane) cy?.resize();
      });
      return b;
    };
    tabs.append(tab("网络 Graph", graphPane, true), tab("表格 Table", table, false));
    table.hidden = true;
    output.append(summary, tabs, graphPane, table);
    cy = createGraph(container);
    cy.add(elements);
    runLayout(cy);
  };

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    let parsed: Record<string, unknown> = {};
    if (params.value.trim()) {
      try {
        parsed = JSON.parse(params.value) as Record<string, unknown>;
      } catch (error) {
        clear(output);
        output.append(errorBox(`参数不是合法的 JSON Parameters are not valid JSON: ${(error as Error).message}`));
        return;
      }
    }
    clear(output);
    output.append(loading("运行中 Running…"));
    run.setAttribute("disabled", "");
    try {
      show(await post<CypherResult>("/cypher", { query: query.value, params: parsed }));
    } catch (error) {
      clear(output);
      const box = errorBox(error);
      if (error instanceof ApiError && error.status === 403) {
        box.prepend(h("strong", { class: "refused" }, "写入被拒绝 Refused: this box is read-only."), h("br"));
      }
      output.append(box);
    } finally {
      run.removeAttribute("disabled");
    }
  });
  query.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      form.requestSubmit();
    }
  });

  view.append(h("section", { class: "cypher-view" }, h("h2", {}, "Cypher"), form, output));
}
