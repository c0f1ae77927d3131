import { createLadTransport, type LadTransport } from '@lad/sdk';

const transports = new Map<string, LadTransport>();

/**
 * One HTTP transport per API address, shared by every widget on the page. Widgets pair it with
 * the SDK's resource clients they need, so a bundle keeps only those schemas.
 */
export function transportFor(apiBase: string, fetch?: typeof globalThis.fetch): LadTransport {
  if (fetch) return createLadTransport({ baseUrl: apiBase, fetch, timeout: 15_000 });
  let transport = transports.get(apiBase);
  if (!transport) {
    transport = createLadTransport({ baseUrl: apiBase, timeout: 15_000 });
    transports.set(apiBase, transport);
  }
  return transport;
}

/**
 * Where the API is when `api-base` is not given: the server the widget file came from when it
 * is served from an API's `/cdn/` path, else this page's own origin.
 */
export function defaultApiBase(moduleUrl: string): string {
  const at = moduleUrl.indexOf('/cdn/');
  return at > 0 ? moduleUrl.slice(0, at) : location.origin;
}
