// Talking to the JSON API, and small DOM helpers shared by the views.

// What each parameter takes, in words: a rejected value is explained with these, never with the server's
// validation text (which may quote a regular expression).
const EXPECTED = {
  actor: "Actor takes an actor code such as IDN or IDNGOV (letters and digits) or an actor's name",
  source: "Source takes an actor code such as IDN or IDNGOV (letters and digits)",
  target: "Target takes an actor code such as MYS or MYSGOV (letters and digits)",
  country: "Country takes a three-letter country code such as IDN",
  code: "Event code takes a CAMEO code of 2 to 4 digits such as 042",
  root: "Root takes a CAMEO root of 2 digits, 01 to 20",
  quad_class: "QuadClass takes 1, 2, 3 or 4",
  start: "From takes a date (YYYY-MM-DD)", end: "To takes a date (YYYY-MM-DD)",
  q: "Text takes at most 200 characters", location: "Place takes at most 200 characters",
  language: "Language takes a language code such as id or en",
  factuality: "Factuality takes asserted, negated, future or hypothetical",
  interval: "per takes day, week, month or year",
  text: "The article text is missing or too long", published: "Published takes a date (YYYY-MM-DD)",
};

/** The human message of an API error: parameter problems in words, other errors as the server says them. */
export function errorMessage(status, body) {
  const details = body?.error?.details || [];
  if (status === 422 && details.length) {
    const fields = [...new Set(details.map((d) => String(d.loc || "").split(".").pop()))];
    return fields.map((f) => EXPECTED[f] || `The value given for “${f}” is not accepted`).join(". ") + ".";
  }
  return body?.error?.message || `the server answered HTTP ${status}`;
}

export class ApiError extends Error {
  constructor(status, body) {
    super(errorMessage(status, body));
    this.status = status;
    this.code = body?.error?.code;
  }
}

/** `url` if it is an http or https address, else null: nothing else (javascript:, data:) becomes a link. */
export function safeUrl(url) {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
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

/** An actor field's value as a code: a code or code prefix is kept; a name is looked up among the actors.
 * Returns {code} or {problem} (a sentence saying what the field named `field` expects). */
export async function resolveActor(text, field) {
  const upper = text.toUpperCase();
  const found = (await api("actors", {q: text, limit: 50})).actors;
  if (/^[A-Z0-9]{1,24}$/.test(upper) && found.some((a) => a.code.startsWith(upper))) return {code: upper};
  const named = found.filter((a) => a.name && a.name.toLowerCase().includes(text.toLowerCase()));
  const codes = [...new Set(named.map((a) => a.code))];
  if (codes.length === 1) return {code: codes[0]};
  if (codes.length > 1) {
    return {problem: `“${text}” names several actors: ${named.map((a) => `${a.code} (${a.name})`).join(", ")}. ` +
                     `Type the code of the one you mean in ${field}.`};
  }
  return {problem: `No actor code or name matches “${text}”. ${field} takes an actor code such as IDN or IDNGOV ` +
                   "(IDN takes in every code that starts with it) or an actor's name" +
                   (field === "Actor" ? "; words in the evidence go in Text." : ".")};
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
