// The explorer's neighbourhood endpoint: one entity, its properties and every fact it takes part in.

import { get } from "./api";
import type { Neighbourhood } from "./types";

const cache = new Map<string, Promise<Neighbourhood>>();

export function fetchNeighbourhood(type: string, key: string): Promise<Neighbourhood> {
  const id = `${type}\u0000${key}`;
  let pending = cache.get(id);
  if (!pending) {
    pending = get<Neighbourhood>("/explorer/neighbourhood", { name: key, type });
    pending.catch(() => cache.delete(id));
    cache.set(id, pending);
  }
  return pending;
}
