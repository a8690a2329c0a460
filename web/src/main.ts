// The explorer page: routes the hash to a view, keeps the search box and the API token.

import "./style.css";
import { getToken, onUnauthorised, post, setToken } from "./api";
import { askHref, renderAsk } from "./ask";
import { renderConnect } from "./connect";
import { renderCypher } from "./cypher";
import { errorBox, h } from "./dom";
import { entityChip, renderEntity } from "./entity";
import { closeEvidence } from "./evidence";
import { destroyGraph, legend } from "./graph";
import { renderNetwork } from "./network";
import { cypherHref, entityHref, parseRoute } from "./routes";
import { suggestBox } from "./search";
import type { CypherResult } from "./types";

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`the page lacks #${id}`);
  return el as T;
}

function setUpToken(): void {
  const bar = byId<HTMLFormElement>("token-bar");
  const input = byId<HTMLInputElement>("token-input");
  const message = byId<HTMLElement>("token-message");
  input.value = getToken();
  byId("token-toggle").addEventListener("click", () => {
    bar.hidden = !bar.hidden;
    if (!bar.hidden) input.focus();
  });
  bar.addEventListener("submit", (event) => {
    event.preventDefault();
    setToken(input.value.trim());
    message.textContent = "已保存 Saved";
    route();
  });
  byId("token-clear").addEventListener("click", () => {
    input.value = "";
    setToken("");
    message.textContent = "已清除 Cleared";
  });
  onUnauthorised((error) => {
    bar.hidden = false;
    message.textContent = error.message;
    // Never take the focus from a field the user is typing in.
    if (!document.activeElement || document.activeElement === document.body) input.focus();
  });
}

function renderHome(view: HTMLElement): void {
  view.replaceChildren(
    h(
      "section",
      { class: "home" },
      h("h1", {}, "劳模工匠知识图谱 · craftgraph explorer"),
      h(
        "p",
        {},
        "搜索人物、机构、荣誉、论坛或联盟，查看每一条关系及其原文证据。 Search a person, organisation, honour, forum or alliance; every fact links to the sentence that states it.",
      ),
      h(
        "ul",
        { class: "home-links" },
        h("li", {}, h("a", { href: "#/network" }, "网络 Network"), " — 实体的邻域，点击节点展开 an entity's neighbourhood; click a node to expand it"),
        h("li", {}, h("a", { href: "#/connect" }, "关联 Connect"), " — 两个实体之间的最短路径 shortest paths between two entities"),
        h("li", {}, h("a", { href: cypherHref() }, "Cypher"), " — 只读查询 read-only queries, as a table or a network"),
        h("li", {}, h("a", { href: askHref() }, "问答 Ask"), " — 用中文提问，答案附原文证据 questions in Chinese, answered with their evidence"),
      ),
      h("h2", {}, "从这里开始 Start from"),
      startingPoints(),
      h("h2", {}, "图例 Legend"),
      legend(),
    ),
  );
}

const STARTING_POINTS: [string, string, string][] = [
  [
    "发言人最多的论坛 Forums with the most speakers",
    "Forum",
    "MATCH (p:Person)-[:SPOKE_AT]->(f:Forum) RETURN f.key AS key, f.name AS name, count(DISTINCT p) AS n ORDER BY n DESC, name LIMIT 8",
  ],
  [
    "获得者最多的荣誉 Honours with the most holders",
    "Honor",
    "MATCH (p:Person)-[:HOLDS_HONOR]->(h:Honor) RETURN h.key AS key, h.name AS name, count(DISTINCT p) AS n ORDER BY n DESC, name LIMIT 8",
  ],
];

/** A few well-connected entities to start from, read with the same read-only Cypher endpoint. */
function startingPoints(): HTMLElement {
  const wrap = h("div", { class: "starting-points" });
  for (const [title, type, query] of STARTING_POINTS) {
    const list = h("ol", { class: "start-list", "data-type": type }, h("li", { class: "muted" }, "加载中 Loading…"));
    wrap.append(h("section", {}, h("h3", {}, title), list));
    post<CypherResult>("/cypher", { query, params: {} })
      .then((result) => {
        list.replaceChildren(
          ...result.rows.map(([key, name, n]) =>
            h("li", {}, entityChip({ type, key: String(key), name: String(name) }), h("span", { class: "muted" }, ` ${n}`)),
          ),
        );
        if (!result.rows.length) list.replaceChildren(h("li", { class: "muted" }, "图谱是空的 The graph is empty: craftgraph load …"));
      })
      .catch((error: unknown) => list.replaceChildren(h("li", {}, errorBox(error))));
  }
  return wrap;
}

function markTab(view: string): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>(".tabs a")) {
    if (link.dataset.view === view) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
}

function route(): void {
  const view = byId("view");
  const current = parseRoute(window.location.hash);
  destroyGraph();
  closeEvidence();
  markTab(current.view);
  document.title = "craftgraph explorer";
  view.dataset.view = current.view;
  switch (current.view) {
    case "entity":
      void renderEntity(view, current.type, current.key);
      break;
    case "network":
      void renderNetwork(view, current.type, current.key);
      break;
    case "connect":
      renderConnect(view, current.source, current.target, current.hops);
      break;
    case "cypher":
      renderCypher(view, current.query);
      break;
    case "ask":
      renderAsk(view, current.question);
      break;
    default:
      renderHome(view);
  }
  window.scrollTo(0, 0);
}

function main(): void {
  const search = suggestBox({
    id: "search-input",
    placeholder: "搜索 Search names… 例如 工匠",
    onPick: (hit) => {
      window.location.hash = entityHref(hit);
    },
  });
  search.root.classList.add("global-search");
  byId("search").append(search.root);
  setUpToken();
  window.addEventListener("hashchange", route);
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") closeEvidence();
  });
  route();
}

main();
