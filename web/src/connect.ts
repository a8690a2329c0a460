// The "connect two entities" view: the shortest paths between them (GET /connections), drawn and listed.

import type { Core, LayoutOptions } from "cytoscape";
import { get } from "./api";
import { clear, errorBox, h, loading } from "./dom";
import { entityChip } from "./entity";
import { evidenceLinks } from "./evidence";
import { capZoom, createGraph, edgeElement, legend, nodeElement, nodeId, toolbar } from "./graph";
import { relationName, SPEECH_ROLES } from "./palette";
import { connectHref } from "./routes";
import { suggestBox } from "./search";
import type { Connections, EntityLink, GraphPath } from "./types";

const MAX_HOPS = 6;

function drawPaths(cy: Core, data: Connections): void {
  cy.elements().remove();
  for (const path of data.paths) {
    for (const node of path.nodes) if (cy.getElementById(nodeId(node)).empty()) cy.add(nodeElement(node));
    for (const step of path.steps) {
      for (const fact of step.facts) {
        const [from, to] = fact.forward ? [step.from, step.to] : [step.to, step.from];
        const id = `${fact.relation}|${nodeId(from)}|${nodeId(to)}|${fact.role ?? ""}`;
        if (cy.getElementById(id).empty()) {
          cy.add(edgeElement({ id, source: nodeId(from), target: nodeId(to), relation: fact.relation, role: fact.role, evidence: fact.evidence }));
        }
      }
    }
  }
  cy.getElementById(nodeId(data.source)).addClass("focus");
  cy.getElementById(nodeId(data.target)).addClass("focus");
  cy.edges().addClass("path");
  // Source on the left, target on the right, the k-th node of every path in column k.
  const columns = new Map<number, string[]>();
  for (const path of data.paths) {
    path.nodes.forEach((node, k) => {
      const column = columns.get(k) ?? [];
      if (!column.includes(nodeId(node))) column.push(nodeId(node));
      columns.set(k, column);
    });
  }
  const positions: Record<string, { x: number; y: number }> = {};
  for (const [k, ids] of columns) {
    ids.forEach((id, row) => {
      positions[id] ??= { x: k * 220, y: (row - (ids.length - 1) / 2) * 110 };
    });
  }
  const layout: LayoutOptions = { name: "preset", positions: (n: cytoscape.NodeSingular) => positions[n.id()], fit: true, padding: 50 } as LayoutOptions;
  const running = cy.layout(layout);
  running.one("layoutstop", () => capZoom(cy));
  running.run();
}

function pathItem(path: GraphPath): HTMLElement {
  const item = h("li", { class: "path" });
  path.steps.forEach((step, i) => {
    if (i === 0) item.append(entityChip(step.from));
    for (const fact of step.facts) {
      const arrow = fact.forward ? "→" : "←";
      const quals = [fact.role ? SPEECH_ROLES[fact.role] ?? fact.role : "", fact.titles?.join("、") ?? "", fact.role_text ?? ""].filter(Boolean).join(" · ");
      const heading = fact.forward
        ? `${step.from.name} —${relationName(fact.relation)}→ ${step.to.name}`
        : `${step.to.name} —${relationName(fact.relation)}→ ${step.from.name}`;
      item.append(
        h("span", { class: "step" }, ` ${arrow} ${relationName(fact.relation)}${quals ? `（${quals}）` : ""} `, evidenceLinks(fact.evidence, heading), ` ${arrow} `),
      );
    }
    item.append(entityChip(step.to));
  });
  return item;
}

export function renderConnect(view: HTMLElement, source?: EntityLink, target?: EntityLink, hops?: number): void {
  clear(view);
  let picked: { source?: EntityLink; target?: EntityLink } = { source, target };
  const from = suggestBox({ id: "connect-source", placeholder: "从 From…", initial: source?.name, onPick: (hit) => (picked.source = hit) });
  const to = suggestBox({ id: "connect-target", placeholder: "到 To…", initial: target?.name, onPick: (hit) => (picked.target = hit) });
  const hopsSelect = h("select", { id: "connect-hops", "aria-label": "最多步数 Max hops" });
  for (let n = 1; n <= MAX_HOPS; n++) hopsSelect.append(h("option", { value: String(n), selected: n === (hops ?? 4) }, `≤ ${n} 步 hops`));
  const result = h("div", { class: "connect-result" });
  const container = h("div", { class: "graph", id: "connect-graph" });
  let cy: Core | null = null;
  const form = h(
    "form",
    { class: "connect-form" },
    from.root,
    to.root,
    hopsSelect,
    h("button", { type: "submit" }, "查找路径 Find paths"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const s = from.picked ?? picked.source;
    const t = to.picked ?? picked.target;
    const sName = s && from.input.value === s.name ? s : undefined;
    const tName = t && to.input.value === t.name ? t : undefined;
    const sourceRef = sName ?? (from.input.value.trim() ? { type: "", key: from.input.value.trim(), name: from.input.value.trim() } : undefined);
    const targetRef = tName ?? (to.input.value.trim() ? { type: "", key: to.input.value.trim(), name: to.input.value.trim() } : undefined);
    if (!sourceRef || !targetRef) {
      clear(result);
      result.append(errorBox("请输入两个实体 Name two entities."));
      return;
    }
    if (sourceRef.type && targetRef.type) {
      const href = connectHref(sourceRef, targetRef, Number(hopsSelect.value));
      if (window.location.hash !== href) {
        window.location.hash = href;
        return;
      }
    }
    void run(sourceRef, targetRef);
  });

  const run = async (s: EntityLink, t: EntityLink): Promise<void> => {
    clear(result);
    result.append(loading("查找中 Searching…"));
    try {
      const data = await get<Connections>("/connections", { source: s.key, target: t.key, max_hops: Number(hopsSelect.value) });
      picked = { source: data.source, target: data.target };
      from.set(data.source);
      to.set(data.target);
      clear(result);
      if (!data.paths.length) {
        result.append(h("p", { class: "status", role: "status" }, `${data.max_hops} 步之内没有路径 No path within ${data.max_hops} hops.`));
        cy?.elements().remove();
        return;
      }
      result.append(
        h("p", { class: "status", role: "status" }, `${data.paths.length} 条最短路径 shortest path(s), ${data.paths[0].length} 步 hops`),
        h("ol", { class: "path-list" }, ...data.paths.map(pathItem)),
      );
      cy ??= createGraph(container);
      drawPaths(cy, data);
    } catch (error) {
      clear(result);
      result.append(errorBox(error));
    }
  };

  view.append(
    h(
      "section",
      { class: "connect-view" },
      h("h2", {}, "关联 Connect two entities"),
      form,
      result,
      h("div", { class: "graph-layout" }, h("div", { class: "graph-main" }, toolbar(() => cy), container), h("aside", { class: "graph-side" }, h("h3", {}, "图例 Legend"), legend())),
    ),
  );
  if (source && target) void run(source, target);
}
