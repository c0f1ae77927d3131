import axe from 'axe-core';
import { expect } from 'vitest';
import { resetLocale } from '../internal/locale.js';

/**
 * Waits until `check` returns something truthy. Polls on a timer, not on animation frames: a
 * test page in the background gets no frames.
 */
export async function until<T>(check: () => T, timeout = 8_000): Promise<NonNullable<T>> {
  const started = performance.now();
  for (;;) {
    const value = check();
    if (value) return value as NonNullable<T>;
    if (performance.now() - started > timeout) throw new Error(`Timed out waiting for ${check.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The text a person sees in an element's shadow tree (whitespace collapsed). */
export const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot?.querySelector<T>(selector) ?? null;
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...(el.shadowRoot?.querySelectorAll<T>(selector) ?? []),
];

/** Adds `html` to the page and returns its first element. */
export function mount<T extends HTMLElement>(html: string, setup?: (el: T) => void): T {
  const host = document.createElement('div');
  host.innerHTML = html;
  const el = host.firstElementChild as T;
  setup?.(el);
  document.body.append(host);
  return el;
}

/** A fresh page: no widgets, English, nothing stored, no language chosen yet, back online. */
export async function cleanup() {
  // A test that failed while offline must not leave the next ones without the API.
  await reconnect?.();
  document.body.innerHTML = '';
  document.documentElement.lang = 'en';
  localStorage.clear();
  await resetLocale();
}

/** axe-core with the WCAG 2.0/2.1/2.2 A and AA rules, scoped to the widget: no violations. */
export async function expectAccessible(el: Element, label = '') {
  const result = await axe.run(el, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  });
  const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(found, label).toEqual([]);
}

/**
 * Layout shift while `run` goes on: the sum of `layout-shift` entries (CLS), with a sentinel
 * after the widget so a widget growing when its data arrives would count.
 */
export async function layoutShift(run: () => Promise<void>): Promise<number> {
  let total = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
    })[]) {
      if (!entry.hadRecentInput) total += entry.value;
    }
  });
  observer.observe({ type: 'layout-shift', buffered: false });
  await run();
  await new Promise((resolve) => setTimeout(resolve, 300));
  for (const entry of observer.takeRecords() as (PerformanceEntry & { value: number })[])
    total += entry.value;
  observer.disconnect();
  return total;
}

declare module 'vitest/browser' {
  interface BrowserCommands {
    cutNetwork: (url: string, cut: boolean) => Promise<void>;
    flaky: (url: string, drop: number) => Promise<void>;
    requests: (
      url: string,
    ) => Promise<{ method: string; key: string | null; outcome: 'dropped' | 'passed' }[]>;
    visit: (
      url: string,
      expect: Record<string, string>,
    ) => Promise<{ violations: string[]; texts: Record<string, string> }>;
  }
}

/**
 * Takes the page off line as far as the API and the widgets can tell: requests to `api` fail
 * as a lost connection does, `navigator.onLine` is false and `offline` fires. `online()` undoes it.
 */
export async function offline(api: string) {
  const { commands } = await import('vitest/browser');
  await commands.cutNetwork(api, true);
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  window.dispatchEvent(new Event('offline'));
  const online = async () => {
    if (reconnect !== online) return;
    reconnect = undefined;
    await commands.cutNetwork(api, false);
    delete (navigator as { onLine?: boolean }).onLine;
    window.dispatchEvent(new Event('online'));
  };
  reconnect = online;
  return online;
}

/** How to undo the last `offline()`, until it is undone. */
let reconnect: (() => Promise<void>) | undefined;

/** The focused element inside `el`'s shadow tree (or `el` itself). */
export const focused = (el: Element) => el.shadowRoot?.activeElement ?? null;

/**
 * Presses Tab (as a keyboard user would) until the focus inside `el` matches `selector`;
 * fails after `max` presses.
 */
export async function tabTo(el: Element, selector: string, max = 80) {
  const { userEvent } = await import('vitest/browser');
  for (let i = 0; i < max; i++) {
    if (focused(el)?.matches(selector)) return focused(el) as HTMLElement;
    await userEvent.keyboard('{Tab}');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Waits until `el` shows `locale` (its words have arrived: the language menu says so). */
export const inLocale = (el: Element, locale: string) =>
  until(() => $<HTMLSelectElement>(el, '#lad-language')?.value === locale);
