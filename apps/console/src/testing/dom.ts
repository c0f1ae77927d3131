import axe from 'axe-core';
import { expect } from 'vitest';
import { resetLocale } from '../internal/locale.js';

// Helpers for the console's browser tests (the widgets' own, packages/widgets/src/testing/dom.ts,
// for a whole app instead of one widget).

/**
 * Waits until `check` returns something truthy (polls on a timer: a background tab gets no frames).
 * 15 s: the console's tests share two cores with the API's in `pnpm test`; nothing here is timed.
 */
export async function until<T>(check: () => T, timeout = 15_000): Promise<NonNullable<T>> {
  const started = performance.now();
  for (;;) {
    const value = check();
    if (value) return value as NonNullable<T>;
    if (performance.now() - started > timeout) throw new Error(`Timed out waiting for ${check.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Every shadow root under `root`, `root` first: the console is a shell with pages inside. */
function* roots(root: Element | ShadowRoot): Generator<Element | ShadowRoot> {
  yield root;
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) yield* roots(el.shadowRoot);
}

/** The first element matching `selector` anywhere in `el`'s shadow trees. */
export function find<T extends Element = HTMLElement>(el: Element, selector: string): T | null {
  for (const r of roots(el.shadowRoot ?? el)) {
    const hit = r.querySelector<T>(selector);
    if (hit) return hit;
  }
  return null;
}

export function findAll<T extends Element = HTMLElement>(el: Element, selector: string): T[] {
  return [...roots(el.shadowRoot ?? el)].flatMap((r) => [...r.querySelectorAll<T>(selector)]);
}

/** The text a person sees in `el` and its shadow trees (whitespace collapsed). */
export function text(el: Element | ShadowRoot): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    const shadow = (node as Element).shadowRoot;
    if (shadow) walk(shadow);
    for (const child of node.childNodes) walk(child);
  };
  walk(el);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Adds `html` to the page and returns its first element. */
export function mount<T extends HTMLElement>(html: string, setup?: (el: T) => void): T {
  const host = document.createElement('div');
  host.innerHTML = html;
  const el = host.firstElementChild as T;
  setup?.(el);
  document.body.append(host);
  return el;
}

/** A fresh page: nothing mounted, English, nothing stored, no route. */
export async function cleanup() {
  document.body.innerHTML = '';
  localStorage.clear();
  sessionStorage.clear();
  history.replaceState(null, '', location.pathname + location.search);
  await resetLocale();
}

/** axe-core with the WCAG 2.0/2.1/2.2 A and AA rules, scoped to `el`: no violations. */
export async function expectAccessible(el: Element, label = '') {
  const result = await axe.run(el, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  });
  const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(found, label).toEqual([]);
}

/** The deepest focused element (through shadow roots). */
export function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses Tab (as a keyboard user would) until the focus matches `selector`; fails after `max` presses. */
export async function tabTo(selector: string, max = 60): Promise<HTMLElement> {
  const { userEvent } = await import('vitest/browser');
  for (let i = 0; i < max; i++) {
    if (focused()?.matches(selector)) return focused() as HTMLElement;
    await userEvent.keyboard('{Tab}');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Types into a field as a person does (each key an input event). */
export async function typeInto(field: HTMLInputElement | HTMLTextAreaElement, value: string, replace = true) {
  const { userEvent } = await import('vitest/browser');
  if (replace) await userEvent.clear(field);
  await userEvent.type(field, value);
}

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Invites `email` to the console with the API's CLI; resolves to the invitation's token. */
    invite: (email: string, role: string, scope: string | null) => Promise<string>;
    /** Adds (or, with `false`, removes) a virtual platform authenticator that approves at once. */
    virtualAuthenticator: (on: boolean) => Promise<void>;
    /** A workbook (`.xlsx`, the API's `toXlsx`) of `rows` under `columns`, as base64. */
    xlsx: (columns: string[], rows: Record<string, string>[]) => Promise<string>;
  }
}
