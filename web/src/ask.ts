// The ask view: a question in Chinese, answered by GET /ask with the facts, their evidence and the Cypher.

import "./ask.css";
import { get } from "./api";
import { clear, errorBox, h, loading } from "./dom";
import { entityChip } from "./entity";
import { evidenceLinks, showEvidence } from "./evidence";
import { createGraph, edgeElement, legend, nodeElement, nodeId, runLayout, toolbar } from "./graph";
import { relationName, SPEECH_ROLES } from "./palette";
import { cypherHref } from "./routes";
import type { Core, ElementDefinition } from "cytoscape";
import type { EntityLink, Evidence } from "./types";

interface AskFact {
  relation: string;
  source: EntityLink | null;
  target: EntityLink | null;
  role: string | null;
  role_text: string | null;
  titles: string[] | null;
  year: number | string | null;
  edition: string | null;
  start_date: string | null;
  end_date: string | null;
  evidence: Evidence[];
}

interface AskEntity extends EntityLink {
  aliases: string[];
}

export interface AskAnswer {
  question: string;
  understood: boolean;
  kind: string | null;
  answer: string;
  answers: string[];
  facts: AskFact[];
  facts_total: number;
  entities: AskEntity[];
  filters: Record<string, unknown>;
  cypher: string | null;
  params: Record<string, unknown>;
  suggestions: string[];
  candidates: AskEntity[];
  questions: string[];
}

const EXAMPLES = [
  "谁在巾帼工匠论坛上作了主旨发言？",
  "黄宇红获得过哪些荣誉？",
  "第二届巾帼工匠论坛是谁主办的？",
  "王晓君担任什么职务？",
  "黄宇红和王晓君有什么关系？",
];

export function askHref(question?: string): string {
  return question ? `#/ask?${new URLSearchParams({ q: question }).toString()}` : "#/ask";
}

function askLink(question: string): HTMLElement {
  return h("a", { href: askHref(question), class: "ask-question" }, question);
}

function details(fact: AskFact): string {
  const parts: string[] = [];
  if (fact.role) parts.push(SPEECH_ROLES[fact.role] ?? fact.role);
  if (fact.role_text) parts.push(fact.role_text);
  if (fact.titles?.length) parts.push(fact.titles.join("、"));
  if (fact.year) parts.push(`${fact.year}年`);
  if (fact.edition) parts.push(`第${fact.edition}届`);
  if (fact.start_date) parts.push(fact.end_date && fact.end_date !== fact.start_date ? `${fact.start_date} 至 ${fact.end_date}` : fact.start_date);
  return parts.join("，");
}

function end(ref: EntityLink | null): HTMLElement | string {
  return ref ? entityChip(ref) : "—";
}

function factsTable(answer: AskAnswer): HTMLElement {
  const rows = answer.facts.map((fact) => {
    const heading = `${fact.source?.name ?? ""} ${relationName(fact.relation)} ${fact.target?.name ?? ""}`.trim();
    const first = fact.evidence.find((e) => e.sentence);
    return h(
      "tr",
      { class: "ask-fact", "data-relation": fact.relation },
      h("td", {}, end(fact.source)),
      h("td", {}, `${relationName(fact.relation)} `, h("span", { class: "muted" }, fact.relation)),
      h("td", {}, end(fact.target)),
      h("td", {}, details(fact)),
      h(
        "td",
        { class: "ask-evidence" },
        evidenceLinks(fact.evidence, heading),
        first ? h("blockquote", { class: "fact-evidence", lang: "zh", title: first.sentence ?? "" }, first.sentence) : null,
      ),
    );
  });
  return h(
    "table",
    { class: "ask-facts" },
    h("thead", {}, h("tr", {}, h("th", {}, "主体 Head"), h("th", {}, "关系 Relation"), h("th", {}, "客体 Tail"), h("th", {}, "详情 Details"), h("th", {}, "证据 Evidence"))),
    h("tbody", {}, ...rows),
  );
}

function factElements(facts: AskFact[]): ElementDefinition[] {
  const nodes = new Map<string, ElementDefinition>();
  const edges: ElementDefinition[] = [];
  facts.forEach((fact, i) => {
    if (!fact.source || !fact.target) return;
    for (const end of [fact.source, fact.target]) nodes.set(nodeId(end), nodeElement(end));
    edges.push(
      edgeElement({
        id: `ask-${i}`,
        source: nodeId(fact.source),
        target: nodeId(fact.target),
        relation: fact.relation,
        role: fact.role ? SPEECH_ROLES[fact.role] ?? fact.role : null,
        evidence: fact.evidence,
      }),
    );
  });
  return [...nodes.values(), ...edges];
}

/** The facts as a table, and as a network on a second tab (click an edge for its evidence). */
function factsView(answer: AskAnswer): HTMLElement {
  const table = factsTable(answer);
  const elements = factElements(answer.facts);
  if (!elements.length) return table;
  let cy: Core | null = null;
  const container = h("div", { class: "graph", id: "ask-graph" });
  const graphPane = h(
    "div",
    { class: "graph-layout" },
    h("div", { class: "graph-main" }, toolbar(() => cy), container),
    h("aside", { class: "graph-side" }, h("h3", {}, "图例 Legend"), legend()),
  );
  graphPane.hidden = true;
  const tabs = h("div", { class: "result-tabs", role: "tablist" });
  const tab = (name: string, pane: HTMLElement, selected: boolean): HTMLElement => {
    const b = h("button", { type: "button", role: "tab", "aria-selected": selected ? "true" : "false" }, name);
    b.addEventListener("click", () => {
      for (const other of tabs.querySelectorAll("button")) other.setAttribute("aria-selected", other === b ? "true" : "false");
      table.hidden = pane !== table;
      graphPane.hidden = pane !== graphPane;
      if (pane === graphPane && !cy) {
        cy = createGraph(container);
        cy.add(elements);
        cy.on("tap", "edge", (event) => {
          const edge = event.target;
          const evidence = (edge.data("evidence") as Evidence[] | undefined) ?? [];
          const heading = `${edge.source().data("name")} ${relationName(edge.data("relation"))} ${edge.target().data("name")}`;
          if (evidence.length) void showEvidence(evidence[0], heading);
        });
        runLayout(cy);
      } else if (pane === graphPane) cy?.resize();
    });
    return b;
  };
  tabs.append(tab("表格 Table", table, true), tab("网络 Network", graphPane, false));
  return h("div", { class: "ask-facts-view" }, tabs, table, graphPane);
}

function renderAnswer(answer: AskAnswer): HTMLElement {
  const box = h("section", { class: "ask-result", "data-understood": String(answer.understood), "data-kind": answer.kind ?? "" });
  box.append(h("p", { class: "ask-answer", lang: "zh" }, answer.answer));
  if (answer.entities.length) {
    box.append(h("p", { class: "ask-entities" }, "问的是 About: ", ...answer.entities.map((e) => entityChip(e))));
  }
  if (answer.suggestions.length) {
    box.append(
      h("div", { class: "ask-suggestions" }, h("h3", {}, "您是不是要找 Did you mean"),
        h("ul", {}, ...answer.suggestions.map((name) => h("li", {}, h("a", { href: askHref(name), "data-name": name, class: "ask-suggestion" }, name))))),
    );
  }
  if (answer.candidates.length) {
    box.append(h("div", { class: "ask-candidates" }, h("h3", {}, "同名实体 Entities sharing the name"), h("ul", {}, ...answer.candidates.map((c) => h("li", {}, entityChip(c), h("span", { class: "muted" }, ` key: ${c.key}`))))));
  }
  if (answer.questions.length) {
    box.append(h("div", { class: "ask-offered" }, h("h3", {}, "可以这样问 You can ask"), h("ul", {}, ...answer.questions.map((q) => h("li", {}, askLink(q))))));
  }
  if (answer.facts.length) box.append(factsView(answer));
  if (answer.facts_total > answer.facts.length) {
    box.append(h("p", { class: "muted" }, `共 ${answer.facts_total} 条事实，显示前 ${answer.facts.length} 条 ${answer.facts_total} facts, the first ${answer.facts.length} shown`));
  }
  if (answer.cypher) {
    box.append(
      h(
        "details",
        { class: "ask-cypher" },
        h("summary", {}, "查询 The named query and its parameters"),
        h("pre", {}, answer.cypher.trim()),
        h("pre", {}, JSON.stringify(answer.params)),
        h("a", { href: cypherHref(answer.cypher.trim()) }, "在 Cypher 页打开 Open in the Cypher view"),
      ),
    );
  }
  return box;
}

/** Fills a suggested name into the question in place of the unknown one. */
function wireSuggestions(box: HTMLElement, answer: AskAnswer): void {
  const unknown = /“(.+?)”/.exec(answer.answer)?.[1];
  for (const link of box.querySelectorAll<HTMLAnchorElement>("a.ask-suggestion")) {
    const name = link.dataset.name ?? "";
    const question = unknown && answer.question.includes(unknown) ? answer.question.replace(unknown, name) : name;
    link.href = askHref(question);
  }
}

export function renderAsk(view: HTMLElement, question?: string): void {
  const input = h("input", {
    id: "ask-input",
    type: "search",
    placeholder: "用中文提问 Ask in Chinese… 例如 谁在巾帼工匠论坛上作了主旨发言？",
    maxlength: 500,
    "aria-label": "问题 Question",
    autocomplete: "off",
  });
  input.value = question ?? "";
  const form = h("form", { class: "ask-form" }, input, h("button", { type: "submit" }, "提问 Ask"));
  const result = h("div", { class: "ask-output", "aria-live": "polite" });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (text) window.location.hash = askHref(text);
  });
  view.replaceChildren(
    h(
      "section",
      { class: "ask" },
      h("h1", {}, "问答 Ask"),
      h("p", { class: "muted" }, "关系问题的答案、原文证据和所用的查询；不认识的名称给出相近的名称，不猜测。 Answers with their evidence and the query that found them; unknown names get close matches, never a guess."),
      form,
      h("p", { class: "ask-examples" }, "例如 Examples: ", ...EXAMPLES.map((q) => askLink(q))),
      result,
    ),
  );
  if (!question) {
    input.focus();
    return;
  }
  result.append(loading());
  get<AskAnswer>("/ask", { q: question })
    .then((answer) => {
      clear(result);
      const box = renderAnswer(answer);
      wireSuggestions(box, answer);
      result.append(box);
      document.title = `${question} · craftgraph explorer`;
    })
    .catch((error: unknown) => result.replaceChildren(errorBox(error)));
}
