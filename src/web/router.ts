import { clear } from './dom.ts';

/** A view renders into `main` from the URL's path parts and query; the whole state lives in the URL. */
export type View = (main: HTMLElement, params: string[], query: URLSearchParams) => Promise<void> | void;

const routes: [RegExp, View][] = [];

export function route(pattern: RegExp, view: View): void {
  routes.push([pattern, view]);
}

export function navigate(url: string, replace = false): void {
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  void render();
}

let renderCount = 0;

export async function render(): Promise<void> {
  const main = document.getElementById('main')!;
  const token = ++renderCount;
  const path = location.pathname;
  for (const [pattern, view] of routes) {
    const m = pattern.exec(path);
    if (!m) continue;
    clear(main);
    main.removeAttribute('data-ready');
    try {
      await view(main, m.slice(1).map((p) => decodeURIComponent(p)), new URLSearchParams(location.search));
    } catch (e) {
      if (token !== renderCount) return;
      clear(main);
      const p = document.createElement('p');
      p.className = 'error';
      p.setAttribute('role', 'alert');
      p.textContent = `Could not load this view: ${e instanceof Error ? e.message : String(e)}`;
      main.appendChild(p);
    }
    if (token === renderCount) {
      // Tests and screen readers know the view is complete.
      main.setAttribute('data-ready', '1');
      for (const a of document.querySelectorAll<HTMLAnchorElement>('header nav a')) {
        if (a.getAttribute('href') === path) a.setAttribute('aria-current', 'page');
        else a.removeAttribute('aria-current');
      }
    }
    return;
  }
}

/** Same-origin links move between views without reloading; others (the API document) load normally. */
export function interceptLinks(): void {
  document.addEventListener('click', (e) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const a = (e.target as Element | null)?.closest?.('a');
    if (!a || a.target || a.hasAttribute('data-external')) return;
    const href = a.getAttribute('href');
    if (!href || !href.startsWith('/') || href.startsWith('//') || href.startsWith('/api/')) return;
    e.preventDefault();
    navigate(href);
  });
  window.addEventListener('popstate', () => void render());
}
