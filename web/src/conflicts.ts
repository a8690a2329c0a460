// Where documents disagree about an entity: each property stated with several values, every value with the
// documents stating it (the chosen one first), and the rule that chose it. Shown in the entity view.

import "./conflicts.css";
import { h } from "./dom";
import { showEvidence } from "./evidence";
import type { Neighbourhood } from "./types";

export interface StatingDocument {
  key: string;
  source: string | null;
  title: string | null;
  published: string | null;
}

export interface StatedValue {
  value: string;
  chosen: boolean;
  documents: StatingDocument[];
}

export interface Conflict {
  property: string;
  chosen: string | null;
  rule: string;
  values: StatedValue[];
}

/** The neighbourhood answer with its conflicts (older servers send none). */
export type NeighbourhoodWithConflicts = Neighbourhood & { conflicts?: Conflict[] };

const PROPERTY_NAMES: Record<string, string> = {
  name: "名称 name",
  kind: "类别 kind",
  start_date: "开始 start",
  end_date: "结束 end",
  theme: "主题 theme",
  level: "级别 level",
  category: "类别 category",
  founded_date: "成立 founded",
  gender: "性别 gender",
  disambiguator: "区分 disambiguator",
};

function documentItem(property: string, value: string, doc: StatingDocument): HTMLElement {
  const source = doc.source || doc.key.slice(0, 12);
  const isUrl = /^https?:\/\//i.test(source);
  let label: HTMLElement;
  if (property === "name") {
    // A name is written in the text: open the document with the form highlighted.
    label = h("button", { type: "button", class: "conflict-doc-link", "data-doc": doc.key }, source);
    label.addEventListener("click", () =>
      void showEvidence(
        { sentence: value, doc: doc.key, article: null, start: null, end: null, source: doc.source, title: doc.title, published: doc.published },
        `${PROPERTY_NAMES[property] ?? property}: ${value}`,
      ),
    );
  } else if (isUrl) {
    label = h("a", { href: source, target: "_blank", rel: "noopener noreferrer" }, source);
  } else {
    label = h("span", { class: "conflict-source" }, source);
  }
  return h(
    "li",
    { class: "conflict-doc", "data-doc": doc.key },
    label,
    doc.published ? h("span", { class: "muted" }, ` · ${doc.published}`) : null,
    doc.title ? h("span", { class: "muted", lang: "zh" }, ` · ${doc.title}`) : null,
  );
}

function conflictBlock(conflict: Conflict): HTMLElement {
  return h(
    "div",
    { class: "conflict", "data-property": conflict.property },
    h("h4", {}, PROPERTY_NAMES[conflict.property] ?? conflict.property),
    h(
      "ul",
      { class: "conflict-values" },
      ...conflict.values.map((value) =>
        h(
          "li",
          { class: value.chosen ? "conflict-value chosen" : "conflict-value", "data-value": value.value },
          h("span", { class: "conflict-value-text", lang: "zh" }, value.value),
          h("span", { class: "count" }, `${value.documents.length} 篇 docs`),
          value.chosen ? h("span", { class: "conflict-chosen" }, "采用 shown") : null,
          h("ul", { class: "conflict-docs" }, ...value.documents.map((doc) => documentItem(conflict.property, value.value, doc))),
        ),
      ),
    ),
  );
}

/** The section listing conflicting statements, or null when the documents agree. */
export function conflictsSection(data: NeighbourhoodWithConflicts): HTMLElement | null {
  const conflicts = data.conflicts ?? [];
  if (!conflicts.length) return null;
  return h(
    "section",
    { class: "facts conflicts", "data-section": "conflicts" },
    h("h3", {}, "来源不一致 Documents disagree", h("span", { class: "count" }, String(conflicts.length))),
    h("p", { class: "muted conflict-rule" }, "采用规则 Rule: ", conflicts[0].rule),
    ...conflicts.map(conflictBlock),
  );
}
