// Talking to the JSON API, and small DOM helpers shared by the views.

export class ApiError extends Error {
  constructor(status, body) {
    super(body?.error?.message || `HTTP ${status}`);
    this.status = status;
    this.code = body?.error?.code;
  }
}

/** GET (or POST with a JSON body) an API path; throws ApiError with the server's one-line message. */
export async function api(path, params = {}, body = undefined) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") query.set(key, value);
  }
  const url = `/api/${path}${query.toString() ? "?" + query : ""}`;
  const init = body === undefined ? {} :
    {method: "POST", headers: {"content-type": "application/json"}, body: JSON.stringify(body)};
  const response = await fetch(url, init);
  const data = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

/** An element with attributes and children (strings become text nodes: never parsed as HTML). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "className") node.className = value;
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function showError(container, err) {
  container.replaceChildren(el("p", {className: "error", role: "alert"}, err.message || String(err)));
}

export const QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"};
export const QUAD_COLORS = {1: "#4c9f70", 2: "#1f6f8b", 3: "#e0a030", 4: "#c0392b"};

export function actorLabel(code, name, text) {
  if (!code && !name && !text) return "—";
  return `${code || "?"}${name ? " · " + name : ""}`;
}

export function hashFor(view, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== "") query.set(key, value);
  const q = query.toString();
  return `#/${view}${q ? "?" + q : ""}`;
}
