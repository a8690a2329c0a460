// A thin fetch wrapper: bearer token from localStorage, JSON in and out, errors with a readable message.

const TOKEN_KEY = "craftgraph.apiToken";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly detail: unknown,
  ) {
    super(message);
  }

  /** Close matches or candidates the API offered with a 404/409, when it did. */
  get suggestions(): string[] {
    const found: string[] = [];
    const visit = (value: unknown): void => {
      if (!value || typeof value !== "object") return;
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        if ((k === "suggestions" || k === "candidates" || k === "close_matches") && Array.isArray(v)) {
          for (const item of v) {
            if (typeof item === "string") found.push(item);
            else if (item && typeof item === "object" && "name" in item) found.push(String(item.name));
          }
        } else if (typeof v === "object") visit(v);
      }
    };
    visit(this.detail);
    return [...new Set(found)];
  }
}

export function getToken(): string {
  return localStorage.getItem(TOKEN_KEY) ?? "";
}

export function setToken(token: string): void {
  if (token) localStorage.setItem(TOKEN_KEY, token);
  else localStorage.removeItem(TOKEN_KEY);
}

type Listener = (error: ApiError) => void;
const unauthorisedListeners: Listener[] = [];

/** Called on every 401 so the page can ask for a token. */
export function onUnauthorised(listener: Listener): void {
  unauthorisedListeners.push(listener);
}

function messageOf(body: unknown, status: number, statusText: string): string {
  if (body && typeof body === "object") {
    const record = body as Record<string, unknown>;
    const detail = record.detail ?? record.message ?? record.error;
    if (typeof detail === "string") return detail;
    if (Array.isArray(detail)) {
      return detail
        .map((d) => (d && typeof d === "object" && "msg" in d ? `${(d.loc as unknown[] | undefined)?.join(".") ?? ""}: ${d.msg}` : String(d)))
        .join("; ");
    }
    if (detail && typeof detail === "object") {
      const inner = detail as Record<string, unknown>;
      if (typeof inner.message === "string") return inner.message;
      if (typeof inner.detail === "string") return inner.detail;
      if (typeof inner.error === "string") return inner.error;
    }
  }
  if (typeof body === "string" && body) return body;
  return `${status} ${statusText}`;
}

export type Query = Record<string, string | number | boolean | undefined | null>;

export async function request<T>(method: "GET" | "POST", path: string, query?: Query, body?: unknown): Promise<T> {
  const url = new URL(path, window.location.origin);
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v !== undefined && v !== null && v !== "") url.searchParams.set(k, String(v));
  }
  const headers: Record<string, string> = { Accept: "application/json" };
  const token = getToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text for the message
  }
  if (!response.ok) {
    const error = new ApiError(response.status, messageOf(parsed, response.status, response.statusText), parsed);
    if (response.status === 401) for (const listener of unauthorisedListeners) listener(error);
    throw error;
  }
  return parsed as T;
}

export const get = <T>(path: string, query?: Query): Promise<T> => request<T>("GET", path, query);
export const post = <T>(path: string, body: unknown): Promise<T> => request<T>("POST", path, undefined, body);

export function enc(segment: string): string {
  return encodeURIComponent(segment);
}
