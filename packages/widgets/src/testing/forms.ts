import { inject } from 'vitest';
import { $, until } from './dom.js';

// Helpers for the form tests: filling fields as events from a person would, and reading what
// the API stored with a secretariat's token.

const api = () => inject('apiUrl');

const idOf = (name: string) => `#f-${name.replace(/[^\w-]/g, '-')}`;

/** Types `value` into a text field (input events, then leaves it). */
export function type(el: Element, name: string, value: string) {
  const input = $<HTMLInputElement>(el, idOf(name));
  if (!input) throw new Error(`no field ${name}`);
  input.focus();
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  input.blur();
}

/** Chooses `value` in a list. */
export function select(el: Element, name: string, value: string) {
  const input = $<HTMLSelectElement>(el, idOf(name));
  if (!input) throw new Error(`no list ${name}`);
  input.value = value;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Ticks the checkbox or radio button `value` of a group, or a single checkbox. */
export function tick(el: Element, name: string, value?: string) {
  const input =
    value === undefined
      ? $<HTMLInputElement>(el, idOf(name))
      : $<HTMLInputElement>(el, `input[name="${name}"][value="${value}"]`);
  if (!input) throw new Error(`no choice ${name} ${value ?? ''}`);
  input.click();
}

/** The error shown next to a field, if any. */
export const fieldError = (el: Element, name: string) =>
  $(el, `${idOf(name)}-error`)
    ?.textContent?.replace(/\s+/g, ' ')
    .replace(/^⚠ /, '')
    .trim() ?? '';

/** A unique email for one test. */
export const uniqueEmail = (label: string) =>
  `${label}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.org`;

/** GET with the secretariat's token (curation endpoints). */
/** A curation write with the secretariat's token (a committee's decision, say). */
export async function curate(method: string, path: string, body: unknown): Promise<Response> {
  return fetch(`${inject('apiUrl')}${path}`, {
    method,
    headers: { authorization: `Bearer ${inject('secretariatToken')}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

export async function curated<T = any>(path: string): Promise<T> {
  const response = await fetch(`${api()}${path}`, {
    headers: { authorization: `Bearer ${inject('secretariatToken')}` },
  });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json() as Promise<T>;
}

/** Registrations the API stored for an event with this representative email. */
export async function registrationsBy(eventId: string, email: string) {
  const page = await curated<{ items: { representative: { email: string } | null }[] }>(
    `/v1/registrations?event=${encodeURIComponent(eventId)}&limit=100`,
  );
  return page.items.filter((r) => r.representative?.email === email);
}

/** Public GET text. */
export const publicText = async (path: string) => (await fetch(`${api()}${path}`)).text();

/** Waits until the form shows its receipt; returns its reference number. */
export const receiptOf = (el: Element) =>
  until(() => $(el, '.receipt .reference')?.textContent?.trim(), 15_000);
