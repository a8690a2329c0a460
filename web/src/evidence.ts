// The evidence drawer: the sentence that states a fact, highlighted inside its article, with the source.

import { enc, get } from "./api";
import { append, clear, errorBox, h, loading } from "./dom";
import type { DocumentArticle, DocumentText, Evidence } from "./types";

const cache = new Map<string, Promise<DocumentText>>();

function fetchDocument(key: string): Promise<DocumentText> {
  let pending = cache.get(key);
  if (!pending) {
    pending = get<DocumentText>(`/explorer/documents/${enc(key)}`);
    pending.catch(() => cache.delete(key));
    cache.set(key, pending);
  }
  return pending;
}

/** Where the evidence sits in the document text: its offsets when they match, else a text search. */
export function locate(text: string, evidence: Evidence): [number, number] | null {
  const { start, end } = evidence;
  const sentence = evidence.sentence ?? "";
  if (start !== null && end !== null && end > start && end <= text.length) {
    if (!sentence || text.slice(start, end) === sentence) return [start, end];
  }
  if (sentence) {
    const at = text.indexOf(sentence);
    if (at >= 0) return [at, at + sentence.length];
  }
  return null;
}

function articleFor(doc: DocumentText, evidence: Evidence, span: [number, number] | null): DocumentArticle | null {
  const byOrdinal = doc.articles.find((a) => a.ordinal === evidence.article);
  if (byOrdinal && (!span || (span[0] >= byOrdinal.start && span[1] <= byOrdinal.end))) return byOrdinal;
  if (span) return doc.articles.find((a) => span[0] >= a.start && span[1] <= a.end) ?? byOrdinal ?? null;
  return byOrdinal ?? null;
}

function sourceLine(doc: DocumentText): HTMLElement {
  const source = doc.source ?? "";
  const isUrl = /^https?:\/\//i.test(source);
  return h(
    "p",
    { class: "evidence-source" },
    "来源 Source: ",
    isUrl ? h("a", { href: source, target: "_blank", rel: "noopener noreferrer" }, source) : h("span", {}, source || "—"),
    doc.published ? h("span", { class: "muted" }, ` · ${doc.published}`) : null,
  );
}

function highlighted(text: string, from: number, to: number, span: [number, number] | null): HTMLElement {
  const body = h("div", { class: "evidence-text", lang: "zh" });
  if (!span || span[0] < from || span[1] > to) {
    body.append(text.slice(from, to));
    return body;
  }
  const mark = h("mark", { class: "evidence-mark" }, text.slice(span[0], span[1]));
  body.append(text.slice(from, span[0]), mark, text.slice(span[1], to));
  return body;
}

export function closeEvidence(): void {
  const panel = document.getElementById("evidence");
  if (panel) panel.hidden = true;
  document.body.classList.remove("evidence-open");
}

/** Opens the drawer on one piece of evidence; `heading` names the fact it supports. */
export async function showEvidence(evidence: Evidence, heading: string): Promise<void> {
  const panel = document.getElementById("evidence");
  if (!panel) return;
  clear(panel);
  panel.hidden = false;
  document.body.classList.add("evidence-open");
  const closeButton = h("button", { type: "button", class: "close", "aria-label": "关闭 Close" }, "×");
  closeButton.addEventListener("click", closeEvidence);
  const content = h("div", { class: "evidence-content" }, loading());
  panel.append(
    h("div", { class: "evidence-head" }, h("h2", {}, "证据 Evidence"), closeButton),
    h("p", { class: "evidence-fact" }, heading),
    content,
  );
  try {
    const doc = await fetchDocument(evidence.doc);
    clear(content);
    const span = locate(doc.text, evidence);
    const article = articleFor(doc, evidence, span);
    const from = article ? article.start : 0;
    const to = article ? article.end : doc.text.length;
    append(
      content,
      h("h3", { class: "evidence-headline" }, article?.headline || doc.title || "（无标题）"),
      sourceLine(doc),
      span ? null : h("p", { class: "warning" }, "原文中未找到这句话 The sentence was not found in the text: ", evidence.sentence ?? ""),
      highlighted(doc.text, from, to, span),
    );
    const body = content.querySelector<HTMLElement>(".evidence-text");
    const mark = content.querySelector<HTMLElement>("mark");
    if (body && mark) body.scrollTop = Math.max(0, mark.offsetTop - body.clientHeight / 3);
  } catch (error) {
    clear(content);
    append(
      content,
      errorBox(error),
      evidence.sentence ? h("blockquote", { class: "evidence-sentence" }, evidence.sentence) : null,
    );
  }
}

/** Small numbered links, one per source document, that open the evidence drawer. */
export function evidenceLinks(items: Evidence[], heading: string): HTMLElement {
  const wrap = h("span", { class: "evidence-links" });
  items.forEach((item, i) => {
    const button = h(
      "button",
      { type: "button", class: "evidence-link", title: item.sentence ?? "", "data-doc": item.doc },
      items.length > 1 ? `证据 ${i + 1}` : "证据",
    );
    button.addEventListener("click", () => void showEvidence(item, heading));
    wrap.append(button);
  });
  if (!items.length) wrap.append(h("span", { class: "muted" }, "（无证据）"));
  return wrap;
}
