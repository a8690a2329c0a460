// One colour and one shape per node type, shared by the graph styles, the legend and the entity badges.

export interface TypeStyle {
  colour: string;
  shape: string;
  zh: string;
}

export const TYPE_STYLES: Record<string, TypeStyle> = {
  Person: { colour: "#d1495b", shape: "ellipse", zh: "人物" },
  Organization: { colour: "#2e86ab", shape: "round-rectangle", zh: "机构" },
  Honor: { colour: "#e9a820", shape: "star", zh: "荣誉" },
  Forum: { colour: "#3c9d5d", shape: "diamond", zh: "论坛/会议" },
  Alliance: { colour: "#7b4fa0", shape: "hexagon", zh: "联盟" },
  Program: { colour: "#e07a5f", shape: "triangle", zh: "项目/平台" },
  Place: { colour: "#6c757d", shape: "round-tag", zh: "地点" },
};

const FALLBACK: TypeStyle = { colour: "#999999", shape: "ellipse", zh: "其他" };

export function styleOf(label: string): TypeStyle {
  return TYPE_STYLES[label] ?? FALLBACK;
}

/** Readable names of relationship types (Chinese first, the stored type after). */
export const RELATION_NAMES: Record<string, string> = {
  SPOKE_AT: "发言",
  PARTICIPATED_IN: "参加",
  HOLDS_HONOR: "荣誉",
  HOLDS_POSITION: "任职",
  ORGANIZED: "主办",
  UNDERTOOK: "承办",
  CO_ORGANIZED: "协办",
  SUPPORTED: "支持",
  PART_OF: "隶属",
  HELD_AT: "举办地",
  FOUNDED: "发起成立",
  MEMBER_OF: "成员",
  LAUNCHED: "启动/发布",
  SUB_UNIT_OF: "下属",
};

export const SPEECH_ROLES: Record<string, string> = {
  keynote: "主旨发言 keynote",
  speech: "发言/致辞 speech",
  discussion: "研讨交流 discussion",
};

export function relationName(type: string): string {
  return RELATION_NAMES[type] ?? type;
}
