// Stories render real widgets on fixtures: `widget('lad-x', args, fetch)` makes the element with
// the story's args as attributes (camelCase → kebab-case) and the fixture `fetch`.

export function widget(tag: string, args: Record<string, unknown>, fetch?: typeof globalThis.fetch) {
  const el = document.createElement(tag) as HTMLElement & { fetch?: typeof globalThis.fetch };
  for (const [key, value] of Object.entries(args)) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    el.setAttribute(
      key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`),
      value === true ? '' : String(value),
    );
  }
  if (fetch) el.fetch = fetch;
  el.setAttribute('api-base', 'https://api.lad.example');
  return el;
}

/** A fetch that fails as an unreachable API does (HTTP 503). */
export const failingFetch = (async () =>
  new Response(JSON.stringify({ type: 'about:blank', title: 'Unavailable', status: 503 }), {
    status: 503,
    headers: { 'content-type': 'application/problem+json' },
  })) as typeof globalThis.fetch;

/** Makes the page look offline while a story is shown (with a fetch that cannot connect). */
export function offlineWhileShown() {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  return () => {
    delete (navigator as { onLine?: boolean }).onLine;
  };
}

export const unreachable = (async () => {
  throw new TypeError('Failed to fetch');
}) as typeof globalThis.fetch;
