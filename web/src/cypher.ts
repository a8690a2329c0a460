// The Cypher box: read-only queries (POST /cypher); results as a table, or as a network when they hold
// nodes and relationships. The store refuses writes; the refusal is shown as it comes.

import type { Core, ElementDefinition } from "cytoscape";
import { ApiError, post } from "./api";
import { clear, errorBox, h, loading } from "./dom";
import { createGraph, legend, runLayout, toolbar } from "./graph";
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

/** A node as the stores hand it over: `_ID` and `_LABEL` beside its properties, and no `_SRC`. */
function asNode(v: unknown): Json | null {
  return isObject(v) && "_LABEL" in v && "_ID" in v && !("_SRC" in v) ? v : null;
}

function asRel(v: unknown): Json | null {
  return isObject(v) && "_SRC" in v && "_DST" in v && "_LABEL" in v ? v : null;
}

const idOf = (v: unknown): string => (isObject(v) ? `${v.table ?? ""}:${v.offset ?? ""}` : String(v));

function nodeName(node: Json): string {
  for (const k of ["name", "headline", "title", "key"]) if (typeof node[k] === "string" && node[k]) return String(node[k]);
  return `${node._LABEL} ${idOf(node._ID)}`;
}

/** Every node and relationship in the rows, looking inside lists and paths. */
export function graphElements(rows: unknown[][]): ElementDefinition[] {
  const nodes = new Map<string, ElementDefinition>();
  const edges = new Map<string, ElementDefinition>();
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(visit);
    const node = asNode(v);
    if (node) {
      const id = idOf(node._ID);
      nodes.set(id, { group: "nodes", data: { id, type: String(node._LABEL), key: String(node.key ?? id), name: nodeName(node) } });
      return;
    }
    const rel = asRel(v);
    if (rel) {
      const id = `r${idOf(rel._ID ?? `${idOf(rel._SRC)}-${idOf(rel._DST)}-${rel._LABEL}`)}`;
      edges.set(id, {
        group: "edges",
        data: { id, source: idOf(rel._SRC), target: idOf(rel._DST), relation: String(rel._LABEL), caption: rel.role ? `${rel._LABEL}·${rel.role}` : String(rel._LABEL), evidence: [] },
      });
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
  if (node) return `(${node._LABEL} ${nodeName(node)})`;
  const rel = asRel(v);
  if (rel) return `[:${rel._LABEL}${rel.role ? ` ${rel.role}` : ""}]`;
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
