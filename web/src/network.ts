// The network view: an entity's neighbourhood drawn as a graph; clicking a node expands it.

import type { Core, ElementDefinition, NodeSingular } from "cytoscape";
import { clear, errorBox, h } from "./dom";
import { evidenceLinks } from "./evidence";
import { createGraph, edgeElement, legend, nodeElement, nodeId, runLayout, toolbar } from "./graph";
import { fetchNeighbourhood } from "./neighbourhood";
import { relationName, styleOf } from "./palette";
import { entityHref, networkHref } from "./routes";
import { suggestBox } from "./search";
import type { Neighbourhood } from "./types";

/** Past this many facts a neighbourhood is drawn in part (a hub's whole neighbourhood is unreadable). */
export const MAX_FACTS_DRAWN = 150;

export function neighbourhoodElements(data: Neighbourhood): ElementDefinition[] {
  const centre = data.entity;
  const elements: ElementDefinition[] = [nodeElement(centre)];
  for (const fact of data.items.slice(0, MAX_FACTS_DRAWN)) {
    elements.push(nodeElement(fact.entity));
    const [from, to] = fact.direction === "out" ? [centre, fact.entity] : [fact.entity, centre];
    const source = nodeId(from);
    const target = nodeId(to);
    elements.push(
      edgeElement({ id: `${fact.relation}|${source}|${target}|${fact.role ?? ""}`, source, target, relation: fact.relation, role: fact.role, evidence: fact.evidence }),
    );
  }
  return elements;
}

/** Adds elements not drawn yet, placing new nodes on a circle around `around`; returns how many nodes were new. */
export function addElements(cy: Core, elements: ElementDefinition[], around?: { x: number; y: number }): number {
  const fresh = elements.filter((el) => cy.getElementById(String(el.data.id)).empty());
  const nodes = fresh.filter((el) => el.group === "nodes");
  const centre = around ?? { x: 0, y: 0 };
  const radius = 120 + nodes.length * 6;
  nodes.forEach((el, i) => {
    const angle = (2 * Math.PI * i) / Math.max(nodes.length, 1);
    el.position = { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
  });
  cy.add([...nodes, ...fresh.filter((el) => el.group === "edges")]);
  return nodes.length;
}

function partial(data: Neighbourhood): string {
  return data.items.length > MAX_FACTS_DRAWN || data.truncated
    ? ` · ${data.entity.name} 只画了前 ${MAX_FACTS_DRAWN} 条关系 only the first ${MAX_FACTS_DRAWN} of ${data.total} facts drawn`
    : "";
}

export async function renderNetwork(view: HTMLElement, type?: string, key?: string): Promise<void> {
  clear(view);
  const status = h("p", { class: "status", role: "status" });
  const details = h("div", { class: "node-details" }, h("p", { class: "muted" }, "点击节点展开 Click a node to expand it."));
  const nodeList = h("ol", { class: "node-list", "aria-label": "节点 Nodes" });
  const container = h("div", { class: "graph", id: "network-graph", "aria-label": "network graph" });
  let cy: Core | null = null;
  const picker = suggestBox({
    id: "network-search",
    placeholder: "选择实体 Pick an entity…",
    onPick: (hit) => {
      window.location.hash = networkHref(hit);
    },
  });
  view.append(
    h(
      "section",
      { class: "network-view" },
      h("div", { class: "graph-head" }, h("h2", {}, "网络 Network"), picker.root, status),
      h(
        "div",
        { class: "graph-layout" },
        h("div", { class: "graph-main" }, toolbar(() => cy), container),
        h("aside", { class: "graph-side" }, h("h3", {}, "图例 Legend"), legend(), h("h3", {}, "详情 Details"), details, h("h3", {}, "节点 Nodes"), nodeList),
      ),
    ),
  );
  if (!type || !key) {
    status.textContent = "先选择一个实体 Pick an entity to draw its neighbourhood.";
    return;
  }

  cy = createGraph(container);
  const graph = cy;

  const refreshList = (): void => {
    clear(nodeList);
    graph
      .nodes()
      .sort((a, b) => String(a.data("type")).localeCompare(String(b.data("type"))) || String(a.data("name")).localeCompare(String(b.data("name"))))
      .forEach((n) => {
        const style = styleOf(n.data("type"));
        const expand = h("button", { type: "button", class: "link", disabled: Boolean(n.data("expanded")) }, n.data("expanded") ? "已展开" : "展开 Expand");
        expand.addEventListener("click", () => void expandNode(n));
        nodeList.append(
          h(
            "li",
            { "data-id": n.id(), "data-type": n.data("type"), "data-expanded": n.data("expanded") ? "true" : "false" },
            h("span", { class: "dot", style: `background:${style.colour}`, "aria-hidden": "true" }),
            h("a", { href: entityHref(n.data()) }, n.data("name")),
            " ",
            expand,
          ),
        );
      });
    status.textContent = `${graph.nodes().length} 个节点 nodes · ${graph.edges().length} 条关系 edges`;
  };

  const showNode = (n: NodeSingular): void => {
    clear(details);
    const style = styleOf(n.data("type"));
    const degree = n.connectedEdges();
    details.append(
      h("p", {}, h("span", { class: "badge", style: `background:${style.colour}` }, style.zh), " ", h("strong", { lang: "zh" }, n.data("name"))),
      h("p", { class: "muted" }, `${degree.length} 条关系 relations drawn`),
      h("p", {}, h("a", { href: entityHref(n.data()) }, "查看详情 Open entity view"), " · ", h("a", { href: networkHref(n.data()) }, "以此为中心 Centre here")),
    );
  };

  const expandNode = async (n: NodeSingular): Promise<void> => {
    showNode(n);
    if (n.data("expanded")) return;
    n.data("expanded", true);
    status.textContent = `展开 Expanding ${n.data("name")}…`;
    try {
      const data = await fetchNeighbourhood(n.data("type"), n.data("key"));
      const added = addElements(graph, neighbourhoodElements(data), n.position());
      if (added) runLayout(graph);
      refreshList();
      showNode(n);
      status.textContent = `${n.data("name")}: +${added} 个节点 nodes · ${graph.nodes().length} 个节点 nodes · ${graph.edges().length} 条关系 edges${partial(data)}`;
    } catch (error) {
      n.data("expanded", false);
      status.textContent = "";
      details.append(errorBox(error));
    }
  };

  graph.on("tap", "node", (event) => void expandNode(event.target as NodeSingular));
  graph.on("tap", "edge", (event) => {
    const edge = event.target;
    const source = edge.source().data("name");
    const target = edge.target().data("name");
    const heading = `${source} —${relationName(edge.data("relation"))}→ ${target}`;
    clear(details);
    details.append(h("p", {}, heading), h("p", {}, evidenceLinks(edge.data("evidence") ?? [], heading)));
  });

  try {
    const data = await fetchNeighbourhood(type, key);
    picker.set(data.entity);
    document.title = `${data.entity.name} · 网络 · craftgraph`;
    addElements(graph, neighbourhoodElements(data));
    const centre = graph.getElementById(nodeId(data.entity));
    centre.data("expanded", true);
    centre.addClass("focus");
    runLayout(graph);
    refreshList();
    status.textContent += partial(data);
    showNode(centre);
  } catch (error) {
    status.textContent = "";
    container.replaceWith(errorBox(error));
  }
}
