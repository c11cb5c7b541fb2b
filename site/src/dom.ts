/** A child of {@link h}: nodes as they are, strings as text nodes (never parsed as HTML). */
export type Child = Node | string | number | null | undefined | false;

/** Attributes of {@link h}: `true` sets an empty attribute, `false`/`undefined` leaves it out. */
export type Attrs = Readonly<Record<string, string | number | boolean | undefined>>;

function setAttributes(el: Element, attrs: Attrs): void {
  for (const [name, value] of Object.entries(attrs)) {
    // The page runs under `style-src 'self'`: inline style attributes would be blocked.
    if (name === "style") throw new Error("use a class or element.style, not a style attribute");
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? "" : String(value));
  }
}

function append(el: Element, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === "number" ? String(child) : child);
  }
}

/**
 * Creates an HTML element with attributes and children; text is always set as text, so data
 * from files (organisation names, rule-set text) can never become markup.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  setAttributes(el, attrs);
  append(el, children);
  return el;
}

const SVG_NS = "http://www.w3.org/2000/svg";

/** Creates an SVG element (attributes and children as for {@link h}). */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  setAttributes(el, attrs);
  append(el, children);
  return el;
}

/** Finds an element the page's HTML must contain. */
export function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const el = document.getElementById(id);
  if (!(el instanceof type)) throw new Error(`the page has no ${type.name} #${id}`);
  return el;
}

/** Turns a dot path into a safe element id (`managers.withRoleTargetsPct` → `f-managers-withRoleTargetsPct`). */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}
