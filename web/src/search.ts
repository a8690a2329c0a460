// A search box that suggests entities as you type (GET /search), with keyboard navigation. It shows how
// many entities match, and past the first page a "more" entry loads the next one (next_offset).

import { ApiError, get } from "./api";
import { clear, debounce, h } from "./dom";
import { styleOf } from "./palette";
import type { Entity, SearchPage } from "./types";

const MIN_CHARS = 1;
const LIMIT = 10;

export async function searchPage(q: string, offset = 0, type?: string): Promise<SearchPage> {
  return get<SearchPage>("/search", { q, type, limit: LIMIT, offset });
}

export async function searchEntities(q: string, type?: string): Promise<Entity[]> {
  return (await searchPage(q, 0, type)).items;
}

export interface SuggestOptions {
  placeholder: string;
  id: string;
  onPick: (hit: Entity) => void;
  initial?: string;
}

export interface SuggestBox {
  root: HTMLElement;
  input: HTMLInputElement;
  picked: Entity | null;
  set(hit: Entity | null): void;
}

export function suggestBox(options: SuggestOptions): SuggestBox {
  const listId = `${options.id}-suggestions`;
  const input = h("input", {
    id: options.id,
    type: "search",
    placeholder: options.placeholder,
    autocomplete: "off",
    role: "combobox",
    "aria-autocomplete": "list",
    "aria-expanded": "false",
    "aria-controls": listId,
    value: options.initial ?? "",
  });
  const list = h("ul", { id: listId, class: "suggestions", role: "listbox", hidden: true });
  const root = h("div", { class: "suggest" }, input, list);
  let hits: Entity[] = [];
  let total = 0;
  let nextOffset: number | null = null;
  let active = -1;
  let seq = 0;

  const box: SuggestBox = {
    root,
    input,
    picked: null,
    set(hit) {
      box.picked = hit;
      input.value = hit ? hit.name : "";
    },
  };

  const close = (): void => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    active = -1;
  };

  const pick = (hit: Entity): void => {
    box.set(hit);
    close();
    options.onPick(hit);
  };

  const render = (message?: string): void => {
    clear(list);
    if (message) {
      list.append(h("li", { class: "suggestion-empty", role: "option", "aria-disabled": "true" }, message));
    }
    hits.forEach((hit, i) => {
      const style = styleOf(hit.type);
      const alias = hit.aliases.find((a) => a !== hit.name && a.includes(input.value.trim()));
      const item = h(
        "li",
        {
          role: "option",
          id: `${listId}-${i}`,
          class: i === active ? "suggestion active" : "suggestion",
          "aria-selected": i === active ? "true" : "false",
          "data-key": hit.key,
          "data-type": hit.type,
        },
        h("span", { class: "badge", style: `background:${style.colour}` }, style.zh),
        h("span", { class: "suggestion-name" }, hit.name),
        alias ? h("span", { class: "suggestion-alias" }, `（${alias}）`) : null,
      );
      item.addEventListener("mousedown", (event) => {
        event.preventDefault();
        pick(hit);
      });
      list.append(item);
    });
    if (hits.length && total > hits.length) {
      const more = h(
        "li",
        { class: "suggestion-more", role: "option", "aria-disabled": nextOffset === null ? "true" : "false" },
        h("span", { class: "suggestion-count" }, `${hits.length} / ${total}`),
        nextOffset === null ? null : h("button", { type: "button", class: "link more" }, "更多 More…"),
      );
      more.addEventListener("mousedown", (event) => {
        event.preventDefault();
        void loadMore();
      });
      list.append(more);
    }
    list.hidden = hits.length === 0 && !message;
    input.setAttribute("aria-expanded", list.hidden ? "false" : "true");
    if (active >= 0) input.setAttribute("aria-activedescendant", `${listId}-${active}`);
    else input.removeAttribute("aria-activedescendant");
  };

  const lookup = debounce(async (q: string) => {
    const mine = ++seq;
    try {
      const page = await searchPage(q);
      if (mine !== seq || input.value.trim() !== q) return;
      hits = page.items;
      total = page.total;
      nextOffset = page.next_offset;
      active = -1;
      render(hits.length ? undefined : `没有找到 No match for “${q}”`);
    } catch (error) {
      if (mine !== seq) return;
      hits = [];
      // A missing token is asked for by the token bar; the list would only cover it.
      if (error instanceof ApiError && error.status === 401) close();
      else render(error instanceof Error ? error.message : String(error));
    }
  }, 150);

  const loadMore = async (): Promise<void> => {
    const q = input.value.trim();
    if (nextOffset === null || !q) return;
    const mine = seq;
    try {
      const page = await searchPage(q, nextOffset);
      if (mine !== seq || input.value.trim() !== q) return;
      hits = [...hits, ...page.items];
      total = page.total;
      nextOffset = page.next_offset;
      render();
    } catch (error) {
      if (mine === seq) render(error instanceof Error ? error.message : String(error));
    }
  };

  input.addEventListener("input", () => {
    box.picked = null;
    const q = input.value.trim();
    if (q.length < MIN_CHARS) {
      seq++;
      hits = [];
      total = 0;
      nextOffset = null;
      close();
      return;
    }
    lookup(q);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" && hits.length && active === hits.length - 1 && nextOffset !== null) {
      active += 1; // the first entry of the next page, once it has come
      void loadMore();
      event.preventDefault();
    } else if (event.key === "ArrowDown" && hits.length) {
      active = (active + 1) % hits.length;
      render();
      event.preventDefault();
    } else if (event.key === "ArrowUp" && hits.length) {
      active = (active - 1 + hits.length) % hits.length;
      render();
      event.preventDefault();
    } else if (event.key === "Enter") {
      const hit = hits[active >= 0 ? active : 0];
      if (hit && !list.hidden) {
        pick(hit);
        event.preventDefault();
      }
    } else if (event.key === "Escape") {
      close();
    }
  });
  input.addEventListener("blur", () => window.setTimeout(close, 100));
  input.addEventListener("focus", () => {
    if (hits.length) render();
  });
  return box;
}
