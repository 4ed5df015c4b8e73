// Every element is built with createElement and textContent: no input ever reaches innerHTML.
type AttrValue = string | number | boolean | null | undefined;
type Child = Node | string | null | undefined | false;

/** Creates an element with attributes (set as attributes, never as markup) and text or node children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, AttrValue> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    // Handlers are attached with addEventListener, never as attributes.
    if (name.toLowerCase().startsWith('on')) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, ...children);
  return element;
}

/** Appends text (as text nodes) and nodes, skipping empty children. */
export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Removes every child of an element. */
export function clear(element: Element): void {
  element.replaceChildren();
}
