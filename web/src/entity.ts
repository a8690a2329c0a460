// The entity view: the facts about one entity, grouped the way an analyst reads them, each with evidence.

import { conflictsSection } from "./conflicts";
import { clear, errorBox, h, loading } from "./dom";
import { evidenceLinks } from "./evidence";
import { fetchNeighbourhood } from "./neighbourhood";
import { relationName, SPEECH_ROLES, styleOf } from "./palette";
import { connectHref, entityHref, networkHref } from "./routes";
import type { Entity, Fact } from "./types";

interface Section {
  id: string;
  title: string;
  match: (fact: Fact) => boolean;
  /** Optional sub-grouping inside the section (e.g. speakers by role). */
  group?: (fact: Fact) => string;
}

const is =
  (relation: string | string[], direction: "out" | "in", otherType?: string | string[]) =>
  (fact: Fact): boolean =>
    (Array.isArray(relation) ? relation.includes(fact.relation) : fact.relation === relation) &&
    fact.direction === direction &&
    (!otherType || (Array.isArray(otherType) ? otherType.includes(fact.entity.type) : fact.entity.type === otherType));

const ORGANISING = ["ORGANIZED", "UNDERTOOK", "CO_ORGANIZED", "SUPPORTED"];
const roleGroup = (fact: Fact): string => SPEECH_ROLES[fact.role ?? ""] ?? (fact.role || "发言 speech");
const typeGroup = (fact: Fact): string => `${relationName(fact.relation)} ${fact.relation}`;

const SECTIONS: Record<string, Section[]> = {
  Person: [
    { id: "honours", title: "荣誉 Honours", match: is("HOLDS_HONOR", "out") },
    { id: "positions", title: "任职 Positions", match: is("HOLDS_POSITION", "out") },
    { id: "forums", title: "论坛发言 Forums spoken at", match: is("SPOKE_AT", "out"), group: roleGroup },
    { id: "participation", title: "参加 Took part in", match: is("PARTICIPATED_IN", "out", "Forum") },
    { id: "programs", title: "项目 Programs", match: is(["PARTICIPATED_IN", "LAUNCHED"], "out", "Program"), group: typeGroup },
    { id: "memberships", title: "成员 Member of", match: is("MEMBER_OF", "out") },
  ],
  Forum: [
    { id: "speakers", title: "发言人 Speakers", match: is("SPOKE_AT", "in"), group: roleGroup },
    { id: "organisers", title: "主办与承办 Organisers and undertakers", match: is(ORGANISING, "in"), group: typeGroup },
    { id: "participants", title: "参加 Participants", match: is("PARTICIPATED_IN", "in") },
    { id: "subforums", title: "分论坛 Sub-forums", match: is("PART_OF", "in") },
    { id: "parent", title: "所属会议 Part of", match: is("PART_OF", "out") },
    { id: "venue", title: "举办地 Venue", match: is("HELD_AT", "out") },
  ],
  Organization: [
    { id: "people", title: "人员 People", match: is(["HOLDS_POSITION", "MEMBER_OF"], "in", "Person"), group: typeGroup },
    { id: "forums", title: "主办承办 Forums and programs", match: is(ORGANISING, "out"), group: typeGroup },
    { id: "participation", title: "参加 Took part in", match: is("PARTICIPATED_IN", "out") },
    { id: "alliances", title: "联盟 Alliances", match: (f) => is("FOUNDED", "out")(f) || is("MEMBER_OF", "out", "Alliance")(f), group: typeGroup },
    { id: "honours", title: "荣誉 Honours", match: is("HOLDS_HONOR", "out") },
    { id: "units", title: "上下级 Parent and sub-units", match: (f) => f.relation === "SUB_UNIT_OF" || (f.relation === "MEMBER_OF" && f.entity.type === "Organization"), group: (f) => `${relationName(f.relation)} ${f.direction === "out" ? "→" : "←"}` },
    { id: "launched", title: "启动/发布 Launched", match: is("LAUNCHED", "out") },
  ],
  Honor: [{ id: "holders", title: "获得者 Holders", match: is("HOLDS_HONOR", "in"), group: (f) => (f.entity.type === "Person" ? "人物 People" : "机构 Organisations") }],
  Alliance: [
    { id: "founders", title: "发起成立 Founded by", match: is("FOUNDED", "in") },
    { id: "members", title: "成员 Members", match: is("MEMBER_OF", "in") },
  ],
  Program: [
    { id: "launched", title: "启动/发布 Launched by", match: is("LAUNCHED", "in") },
    { id: "organisers", title: "主办 Organisers", match: is(ORGANISING, "in"), group: typeGroup },
    { id: "participants", title: "参加 Participants", match: is("PARTICIPATED_IN", "in") },
  ],
  Place: [{ id: "events", title: "在此举办 Events held here", match: is("HELD_AT", "in") }],
};

const PROPERTY_NAMES: Record<string, string> = {
  kind: "类别 kind",
  start_date: "开始 start",
  end_date: "结束 end",
  theme: "主题 theme",
  level: "级别 level",
  category: "类别 category",
  founded_date: "成立 founded",
  gender: "性别 gender",
};

function qualifiers(fact: Fact, roleShown: boolean): string {
  const parts: string[] = [];
  if (fact.titles?.length) parts.push(fact.titles.join("、"));
  if (fact.role && !roleShown) parts.push(SPEECH_ROLES[fact.role] ?? fact.role);
  if (fact.role_text) parts.push(fact.role_text);
  if (fact.year) parts.push(`${fact.year}年`);
  if (fact.edition) parts.push(`第${fact.edition}届`);
  return parts.join(" · ");
}

export function entityChip(ref: { type: string; key: string; name: string }): HTMLElement {
  const style = styleOf(ref.type);
  return h(
    "a",
    { class: "chip", href: entityHref(ref), "data-type": ref.type, "data-key": ref.key },
    h("span", { class: "dot", style: `background:${style.colour}`, "aria-hidden": "true" }),
    ref.name,
  );
}

function factItem(node: Entity, fact: Fact, roleShown = false): HTMLElement {
  const heading =
    fact.direction === "out"
      ? `${node.name} —${relationName(fact.relation)}→ ${fact.entity.name}`
      : `${fact.entity.name} —${relationName(fact.relation)}→ ${node.name}`;
  const quals = qualifiers(fact, roleShown);
  const first = fact.evidence.find((e) => e.sentence);
  return h(
    "li",
    { class: "fact", "data-relation": fact.relation, "data-other": fact.entity.key },
    h(
      "div",
      { class: "fact-line" },
      entityChip(fact.entity),
      quals ? h("span", { class: "fact-qualifiers" }, quals) : null,
      evidenceLinks(fact.evidence, heading),
    ),
    first ? h("blockquote", { class: "fact-evidence", lang: "zh", title: first.sentence ?? "" }, first.sentence) : null,
  );
}

function sectionBlock(node: Entity, section: Section, facts: Fact[]): HTMLElement {
  const block = h("section", { class: "facts", "data-section": section.id }, h("h3", {}, section.title, h("span", { class: "count" }, String(facts.length))));
  if (section.group) {
    const groups = new Map<string, Fact[]>();
    for (const fact of facts) {
      const g = section.group(fact);
      groups.set(g, [...(groups.get(g) ?? []), fact]);
    }
    for (const [name, members] of groups) {
      const roleShown = section.group === roleGroup;
      block.append(h("h4", {}, name), h("ul", { class: "fact-list" }, ...members.map((f) => factItem(node, f, roleShown))));
    }
  } else {
    block.append(h("ul", { class: "fact-list" }, ...facts.map((f) => factItem(node, f))));
  }
  return block;
}

function header(node: Entity, properties: Record<string, string>): HTMLElement {
  const style = styleOf(node.type);
  const props = Object.entries(properties).filter(([, v]) => v !== null && v !== undefined && v !== "");
  const aliases = node.aliases.filter((a) => a !== node.name);
  return h(
    "header",
    { class: "entity-head" },
    h("span", { class: "badge", style: `background:${style.colour}` }, `${style.zh} ${node.type}`),
    h("h2", { class: "entity-name", lang: "zh" }, node.name),
    aliases.length ? h("p", { class: "aliases" }, "又名 Also: ", aliases.join("、")) : null,
    props.length
      ? h("dl", { class: "props" }, ...props.flatMap(([k, v]) => [h("dt", {}, PROPERTY_NAMES[k] ?? k), h("dd", {}, String(v))]))
      : null,
    h(
      "div",
      { class: "actions" },
      h("a", { class: "button", href: networkHref(node) }, "网络视图 Network"),
      h("a", { class: "button secondary", href: connectHref(node) }, "关联 Connect…"),
    ),
  );
}

export async function renderEntity(view: HTMLElement, type: string, key: string): Promise<void> {
  clear(view);
  view.append(loading());
  try {
    const data = await fetchNeighbourhood(type, key);
    clear(view);
    const { entity: node, items: facts } = data;
    document.title = `${node.name} · craftgraph`;
    const page = h("article", { class: "entity", "data-type": node.type, "data-key": node.key }, header(node, data.properties));
    const disagreements = conflictsSection(data);
    if (disagreements) page.append(disagreements);
    const used = new Set<Fact>();
    for (const section of SECTIONS[node.type] ?? []) {
      const matching = facts.filter((f) => !used.has(f) && section.match(f));
      if (!matching.length) continue;
      matching.forEach((f) => used.add(f));
      page.append(sectionBlock(node, section, matching));
    }
    const rest = facts.filter((f) => !used.has(f));
    if (rest.length) page.append(sectionBlock(node, { id: "other", title: "其他关系 Other relations", match: () => true, group: typeGroup }, rest));
    if (!facts.length) page.append(h("p", { class: "muted" }, "没有关系 No relations recorded."));
    if (data.truncated) page.append(h("p", { class: "warning" }, "只显示了部分关系 Only the first relations are shown."));
    view.append(page);
  } catch (error) {
    clear(view);
    view.append(errorBox(error));
  }
}
