import { type CoreLocale, formatNumber, pluralCategory, punctuation } from '@lad/sdk';
import { commands, userEvent } from 'vitest/browser';
import type { LadConsole } from '../app/lad-console.js';
import { cleanup, find, findAll, focused, mount, text, until } from './dom.js';
import { exactly, LOCALES, sentence } from './sentences.js';

// Helpers for the real-API flows (src/*flows.test.ts), each run in the console's five languages:
// the language chosen in the console's own menu, as a person does, and every button, heading
// and notice found by what the console says in that language (the translators' files).

export { exactly, LOCALES, sentence };

/** Stands for a value a test cannot know in advance (a date…) in {@link Words.pattern}. */
export const ANY = Symbol('any value');

/** The console's words in one language. */
export interface Words {
  locale: CoreLocale;
  /** The sentence `id` with its placeholders filled (see {@link sentence}). */
  say(id: string, ...values: (string | number)[]): string;
  /** "3 decisions recorded.": the sentence for `n` by the language's plural rules, `n` as it writes numbers. */
  count(n: number, one: string, other: string, ...more: (string | number)[]): string;
  /** `label` followed by a colon as the language writes it (French: a space before). */
  colon(label: string): string;
  /** A number as the language writes it. */
  number(n: number): string;
  /** The sentence `id` as a regular expression, {@link ANY} matching whatever stands there. */
  pattern(id: string, ...values: (string | number | typeof ANY)[]): RegExp;
}

const SLOT = '\u{F8FF}';
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function words(locale: CoreLocale): Words {
  const number = (n: number) => formatNumber(n, locale).replace(/\s+/g, ' ');
  return {
    locale,
    say: (id, ...values) => sentence(locale, id, ...values),
    count: (n, one, other, ...more) =>
      sentence(locale, pluralCategory(n, locale) === 'one' ? one : other, number(n), ...more),
    colon: (label) => `${label}${punctuation(':', locale)}`.replace(/\s+/g, ' '),
    number,
    pattern: (id, ...values) =>
      new RegExp(
        sentence(locale, id, ...values.map((v) => (v === ANY ? SLOT : v)))
          .split(SLOT)
          .map(escapeRegExp)
          .join('.+?'),
      ),
  };
}

/** The button whose text is `label` (exactly, or matching it), in `root` and its shadow trees. */
export const button = (root: Element, label: string | RegExp): HTMLButtonElement | undefined =>
  findAll<HTMLButtonElement>(root, 'button').find((b) =>
    typeof label === 'string' ? text(b) === label : label.test(text(b)),
  );

const usable = <T extends Element>(b: T | null | undefined): T | null =>
  b?.isConnected &&
  !(b as Element as HTMLButtonElement).disabled &&
  b.getAttribute('aria-disabled') !== 'true'
    ? b
    : null;

/**
 * Clicks the button `label` once it is there and enabled: after each change a page reads its
 * list again and disables its buttons meanwhile.
 */
export async function press(
  root: Element,
  label: string | RegExp,
  timeout?: number,
): Promise<HTMLButtonElement> {
  const b = await until(() => usable(button(root, label)), timeout);
  b.click();
  return b;
}

const describeEl = (el: Element | null) =>
  el ? `<${el.localName}${el.id ? `#${el.id}` : ''}> “${text(el).slice(0, 40)}”` : 'nothing';

/**
 * Presses Tab (Shift+Tab with `back`) until the focused element (the deepest, through shadow
 * roots) is what `wanted` accepts; fails, saying where the focus is, after `max` presses.
 */
export async function tabUntil(
  what: string,
  wanted: (el: Element) => boolean,
  { back = false, max = 80 }: { back?: boolean; max?: number } = {},
): Promise<HTMLElement> {
  for (let presses = 0; ; presses++) {
    const now = focused();
    if (now && wanted(now)) return now as HTMLElement;
    if (presses === max)
      throw new Error(
        `${max} presses of ${back ? 'Shift+Tab' : 'Tab'} never reached ${what}; the focus is on ${describeEl(now)}`,
      );
    await userEvent.keyboard(back ? '{Shift>}{Tab}{/Shift}' : '{Tab}');
  }
}

/**
 * The keyboard check of a flow: Tab (Shift+Tab with `back`) from where the focus is to the
 * control — a button by its words, or what `selector` matches —, once it is enabled, then Enter.
 */
export async function pressByKeyboard(
  root: Element,
  control: { button: string | RegExp } | { selector: string },
  options: { back?: boolean; key?: string } = {},
): Promise<HTMLElement> {
  const target = await until(() =>
    usable<HTMLElement>(
      'button' in control ? button(root, control.button) : find<HTMLElement>(root, control.selector),
    ),
  );
  await tabUntil(describeEl(target), (el) => el === target, options);
  await userEvent.keyboard(options.key ?? '{Enter}');
  return target;
}

/** The console at `hash`, mounted on an empty page. */
export function openConsole(hash = '#/'): LadConsole {
  location.hash = hash;
  return mount<LadConsole>('<lad-console></lad-console>');
}

/** Chooses `locale` in the console's language menu (in its header), as a person does. */
export async function chooseLanguage(el: LadConsole, locale: CoreLocale): Promise<void> {
  const menu = await until(() => find<HTMLSelectElement>(el, '#language'));
  await userEvent.selectOptions(menu, locale);
  await until(() => document.documentElement.lang === locale && menu.value === locale);
}

export const PASSWORD = 'a long enough passphrase';

/**
 * Opens an invitation link (its `token`) in `el` — mounted first when not given — and chooses
 * `locale` in the language menu; resolves once the invitation page speaks that language.
 */
export async function openInvitation(
  token: string,
  locale: CoreLocale,
  el?: LadConsole,
): Promise<LadConsole> {
  const hash = `#/invite/${encodeURIComponent(token)}`;
  const console_ = el ?? openConsole(hash);
  if (el) location.hash = hash;
  // The invitation page's own field (not the sign-in page's, on its way out).
  await until(() => find(console_, 'lad-invite-page')?.shadowRoot?.querySelector('#password'), 10_000);
  await chooseLanguage(console_, locale);
  await until(() =>
    text(find(console_, 'lad-invite-page') as Element).includes(sentence(locale, 'invite.title')),
  );
  return console_;
}

/**
 * On the invitation page: the name (for a new account), the password, "Accept and sign in".
 * The fields are filled at once (`userEvent.fill`): this is every flow's first step, not what
 * it tests, and typing key by key here cost seconds over the five languages.
 */
export async function fillAndAccept(el: LadConsole, locale: CoreLocale, name?: string): Promise<void> {
  const field = find<HTMLInputElement>(el, '#name');
  if (field && name) await userEvent.fill(field, name);
  await userEvent.fill(find<HTMLInputElement>(el, '#password') as HTMLInputElement, PASSWORD);
  await press(el, sentence(locale, 'invite.accept'));
}

/**
 * Opens an invitation link in `locale` (see {@link openInvitation}) and accepts it: the name,
 * the password, "Accept and sign in", then "Skip" for the passkey. Resolves once the nav shows.
 */
export async function acceptInvitation(
  token: string,
  locale: CoreLocale,
  { el, name }: { el?: LadConsole; name?: string } = {},
): Promise<LadConsole> {
  const console_ = await openInvitation(token, locale, el);
  await fillAndAccept(console_, locale, name);
  await press(console_, sentence(locale, 'invite.skip'), 10_000);
  await until(() => find(console_, 'nav'), 10_000);
  return console_;
}

/** Invited with the API's CLI (`user invite`), then signed in through the invitation in `locale`. */
export async function invited(
  locale: CoreLocale,
  email: string,
  role: string,
  scope: string | null,
  name?: string,
): Promise<LadConsole> {
  return acceptInvitation(await commands.invite(email, role, scope), locale, name ? { name } : {});
}

/** A fresh page for the next test: nothing mounted, English, nothing stored, nobody signed in. */
export async function leave(): Promise<void> {
  await cleanup();
  // The session cookie is HttpOnly: signing out is how a test leaves none for the next.
  await fetch('/v1/auth/sign-out', {
    method: 'POST',
    credentials: 'include',
    headers: { 'x-lad-console': '1' },
  });
}
