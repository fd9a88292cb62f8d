// Shared by the page's modules: element helpers that write text only (never innerHTML), and the API call.
export const $ = (id) => document.getElementById(id);
export const el = (tag, text, attrs = {}) => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  Object.entries(attrs).forEach(([k, v]) => node.setAttribute(k, v));
  return node;
};
export const svgEl = (tag, attrs) => {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  Object.entries(attrs).forEach(([k, v]) => node.setAttribute(k, v));
  return node;
};
/** A table whose first row names the columns; the caller appends the other rows. */
export const headedTable = (headers) => {
  const table = el("table");
  const head = el("tr");
  headers.forEach((h) => head.append(el("th", h, { scope: "col" })));
  table.append(head);
  return table;
};
/** A table of text cells: the column names, then one array of cell texts per row. */
export const table = (columns, rows) => {
  const t = headedTable(columns);
  rows.forEach((cells) => {
    const row = el("tr");
    cells.forEach((c) => row.append(el("td", c)));
    t.append(row);
  });
  return t;
};
export const pct = (p) => `${Math.round(100 * p)}%`;

export async function api(method, path, body) {
  const response = await fetch(path, { method, headers: { "Content-Type": "application/json" },
    body: body ? JSON.stringify(body) : undefined });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null,
    retryAfter: Number(response.headers.get("Retry-After")) || 0 };
}
