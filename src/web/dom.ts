/**
 * The one way the UI makes DOM. Article text is untrusted: it only ever becomes a Text node
 * (strings given as children), never markup; there is no innerHTML anywhere in src/web.
 * Attributes are set by name from code, and a link's href passes `safeHref` first.
 */
export type Child = Node | string | number | null | undefined | false;
export type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.replace(/^on/, ''), value);
    else if (name === 'href') el.setAttribute('href', safeHref(String(value)));
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

export function append(el: Node, children: (Child | Child[])[]): void {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** Only http(s) links and our own paths: a `javascript:` or `data:` URL from an article never becomes a link. */
export function safeHref(url: string): string {
  if (url.startsWith('/') && !url.startsWith('//')) return url;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : '#';
  } catch {
    return '#';
  }
}

/** True when `url` is an absolute http(s) URL (an article's URL is shown as a link only then). */
export const isWebUrl = (url: string | null | undefined): url is string => !!url && safeHref(url) !== '#' && !url.startsWith('/');

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

/** Scrolls `box` (a scrolling container) so that `el` sits a third of the way down, without moving the page. */
export function scrollWithin(box: HTMLElement, el: HTMLElement): void {
  box.scrollTop += el.getBoundingClientRect().top - box.getBoundingClientRect().top - box.clientHeight / 3;
}
