// Cytoscape set-up shared by the network, connect and Cypher views: styles, legend, toolbar.

import cytoscape from "cytoscape";
import type { Core, ElementDefinition, LayoutOptions } from "cytoscape";
import { h } from "./dom";
import { relationName, styleOf, TYPE_STYLES } from "./palette";
import type { EntityLink, Evidence } from "./types";

export interface GraphNodeData {
  id: string;
  type: string;
  key: string;
  name: string;
  expanded?: boolean;
}

export interface GraphEdgeData {
  id: string;
  source: string;
  target: string;
  relation: string;
  caption: string;
  evidence: Evidence[];
}

export const nodeId = (ref: { type: string; key: string }): string => `${ref.type}:${ref.key}`;

export function nodeElement(ref: EntityLink, extra: Partial<GraphNodeData> = {}): ElementDefinition {
  return { group: "nodes", data: { id: nodeId(ref), type: ref.type, key: ref.key, name: ref.name, ...extra } };
}

export function edgeElement(data: Omit<GraphEdgeData, "caption"> & { role?: string | null }): ElementDefinition {
  const caption = data.role ? `${relationName(data.relation)}·${data.role}` : relationName(data.relation);
  return { group: "edges", data: { ...data, caption } };
}

const FONT = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

function stylesheet(): cytoscape.StylesheetJson {
  const perType = Object.entries(TYPE_STYLES).map(([type, s]) => ({
    selector: `node[type = "${type}"]`,
    style: { "background-color": s.colour, shape: s.shape as cytoscape.Css.NodeShape },
  }));
  return [
    {
      selector: "node",
      style: {
        label: "data(name)",
        "font-family": FONT,
        "font-size": 11,
        color: "#1f2933",
        "text-valign": "bottom",
        "text-margin-y": 4,
        "text-wrap": "ellipsis",
        "text-max-width": "120px",
        "text-background-color": "#ffffff",
        "text-background-opacity": 0.8,
        "text-background-padding": "1px",
        width: 26,
        height: 26,
        "border-width": 1,
        "border-color": "#ffffff",
      },
    },
    ...perType,
    { selector: "node[?expanded]", style: { "border-width": 3, "border-color": "#1f2933" } },
    { selector: "node.focus", style: { width: 38, height: 38, "font-size": 13, "font-weight": "bold" } },
    { selector: "node:selected", style: { "overlay-color": "#f4d35e", "overlay-opacity": 0.35, "overlay-padding": 6 } },
    {
      selector: "edge",
      style: {
        width: 1.5,
        "line-color": "#9aa5b1",
        "target-arrow-color": "#9aa5b1",
        "target-arrow-shape": "triangle",
        "arrow-scale": 0.8,
        "curve-style": "bezier",
        label: "data(caption)",
        "font-family": FONT,
        "font-size": 9,
        color: "#52606d",
        "text-rotation": "autorotate",
        "text-background-color": "#ffffff",
        "text-background-opacity": 0.85,
        "text-background-padding": "1px",
      },
    },
    { selector: "edge:selected", style: { "line-color": "#e07a5f", "target-arrow-color": "#e07a5f", width: 3 } },
    { selector: "edge.path", style: { "line-color": "#d1495b", "target-arrow-color": "#d1495b", width: 3 } },
  ];
}

let current: Core | null = null;

/** Destroys the graph drawn last (a view drawing a new one, or leaving, calls this). */
export function destroyGraph(): void {
  if (current && !current.destroyed()) current.destroy();
  current = null;
}

export function createGraph(container: HTMLElement): Core {
  destroyGraph();
  const cy = cytoscape({
    container,
    style: stylesheet(),
    minZoom: 0.1,
    maxZoom: 4,
    boxSelectionEnabled: false,
  });
  // Read-only handle for the end-to-end tests and for curious analysts in the console.
  (window as unknown as { craftgraphGraph?: Core }).craftgraphGraph = cy;
  current = cy;
  return cy;
}

/** Small graphs would be fitted at a giant zoom; this is the closest a fit may come. */
const MAX_FIT_ZOOM = 1.3;

export function layoutOptions(cy: Core, animate = false): LayoutOptions {
  const count = cy.nodes().length;
  if (count <= 1) return { name: "grid", fit: true, padding: 40 };
  const focus = cy.nodes(".focus");
  if (focus.length === 1 && cy.nodes("[?expanded]").length <= 1) {
    // A single neighbourhood: the entity in the middle, its neighbours on rings by type.
    return {
      name: "concentric",
      fit: true,
      padding: 40,
      minNodeSpacing: 40,
      concentric: (n: cytoscape.NodeSingular) => (n.hasClass("focus") ? 2 : 1),
      levelWidth: () => 1,
    } as LayoutOptions;
  }
  return {
    name: "cose",
    animate,
    randomize: false,
    fit: true,
    padding: 40,
    nodeRepulsion: () => 400000,
    nodeOverlap: 20,
    idealEdgeLength: () => 90,
    edgeElasticity: () => 100,
    gravity: 60,
    componentSpacing: 80,
    numIter: 1500,
  } as LayoutOptions;
}

export function capZoom(cy: Core): void {
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center();
  }
}

export function runLayout(cy: Core, animate = false): void {
  const layout = cy.layout(layoutOptions(cy, animate));
  layout.one("layoutstop", () => capZoom(cy));
  layout.run();
}

function shapeIcon(shape: string, colour: string): SVGSVGElement {
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("viewBox", "0 0 20 20");
  svg.setAttribute("width", "16");
  svg.setAttribute("height", "16");
  svg.setAttribute("aria-hidden", "true");
  const points: Record<string, string> = {
    diamond: "10,1 19,10 10,19 1,10",
    star: "10,1 12.6,7 19,7.4 14,11.6 15.6,18.4 10,14.8 4.4,18.4 6,11.6 1,7.4 7.4,7",
    hexagon: "5,2 15,2 19,10 15,18 5,18 1,10",
    triangle: "10,2 19,18 1,18",
    "round-tag": "1,4 13,4 19,10 13,16 1,16",
  };
  let el: SVGElement;
  if (shape in points) {
    el = document.createElementNS(ns, "polygon");
    el.setAttribute("points", points[shape]);
  } else if (shape === "round-rectangle") {
    el = document.createElementNS(ns, "rect");
    for (const [k, v] of Object.entries({ x: "2", y: "4", width: "16", height: "12", rx: "3" })) el.setAttribute(k, v);
  } else {
    el = document.createElementNS(ns, "circle");
    for (const [k, v] of Object.entries({ cx: "10", cy: "10", r: "8" })) el.setAttribute(k, v);
  }
  el.setAttribute("fill", colour);
  svg.appendChild(el);
  return svg;
}

export function legend(): HTMLElement {
  return h(
    "ul",
    { class: "legend", "aria-label": "图例 Legend" },
    ...Object.entries(TYPE_STYLES).map(([type, s]) => {
      const item = h("li", { "data-type": type });
      item.append(shapeIcon(s.shape, s.colour), `${s.zh} ${type}`);
      return item;
    }),
  );
}

export function toolbar(cy: () => Core | null, extra: HTMLElement[] = []): HTMLElement {
  const button = (text: string, title: string, action: (c: Core) => void): HTMLElement => {
    const b = h("button", { type: "button", title, "aria-label": title }, text);
    b.addEventListener("click", () => {
      const c = cy();
      if (c) action(c);
    });
    return b;
  };
  const zoomBy = (c: Core, factor: number): void => {
    c.zoom({ level: c.zoom() * factor, renderedPosition: { x: c.width() / 2, y: c.height() / 2 } });
  };
  return h(
    "div",
    { class: "graph-toolbar", role: "toolbar" },
    button("适应 Fit", "Fit the graph to the view", (c) => {
      c.fit(undefined, 40);
      capZoom(c);
    }),
    button("＋", "Zoom in", (c) => zoomBy(c, 1.25)),
    button("－", "Zoom out", (c) => zoomBy(c, 0.8)),
    button("重排 Layout", "Lay the graph out again", (c) => runLayout(c, true)),
    ...extra,
  );
}

export { styleOf };
