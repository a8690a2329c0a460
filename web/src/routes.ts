// Hash routes: every view can be bookmarked and reloaded.

import type { EntityLink } from "./types";

export type Route =
  | { view: "home" }
  | { view: "entity"; type: string; key: string }
  | { view: "network"; type?: string; key?: string }
  | { view: "connect"; source?: EntityLink; target?: EntityLink; hops?: number }
  | { view: "cypher"; query?: string }
  | { view: "ask"; question?: string };

const seg = encodeURIComponent;

export function entityHref(ref: { type: string; key: string }): string {
  return `#/entity/${seg(ref.type)}/${seg(ref.key)}`;
}

export function networkHref(ref?: { type: string; key: string }): string {
  return ref ? `#/network/${seg(ref.type)}/${seg(ref.key)}` : "#/network";
}

export function connectHref(source?: { type: string; key: string }, target?: { type: string; key: string }, hops?: number): string {
  const params = new URLSearchParams();
  if (source) params.set("from", `${source.type}:${source.key}`);
  if (target) params.set("to", `${target.type}:${target.key}`);
  if (hops) params.set("hops", String(hops));
  const qs = params.toString();
  return qs ? `#/connect?${qs}` : "#/connect";
}

export function cypherHref(query?: string): string {
  return query ? `#/cypher?${new URLSearchParams({ q: query }).toString()}` : "#/cypher";
}

function refFrom(value: string | null): EntityLink | undefined {
  if (!value) return undefined;
  const at = value.indexOf(":");
  if (at <= 0 || at === value.length - 1) return undefined;
  const key = value.slice(at + 1);
  return { type: value.slice(0, at), key, name: key };
}

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#\/?/, "");
  const [path, qs = ""] = raw.split("?", 2);
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  const params = new URLSearchParams(qs);
  switch (parts[0]) {
    case "entity":
      if (parts.length >= 3) return { view: "entity", type: parts[1], key: parts.slice(2).join("/") };
      return { view: "home" };
    case "network":
      if (parts.length >= 3) return { view: "network", type: parts[1], key: parts.slice(2).join("/") };
      return { view: "network" };
    case "connect": {
      const hops = Number(params.get("hops"));
      return {
        view: "connect",
        source: refFrom(params.get("from")),
        target: refFrom(params.get("to")),
        hops: Number.isFinite(hops) && hops > 0 ? hops : undefined,
      };
    }
    case "cypher":
      return { view: "cypher", query: params.get("q") ?? undefined };
    case "ask":
      return { view: "ask", question: params.get("q") ?? undefined };
    default:
      return { view: "home" };
  }
}
