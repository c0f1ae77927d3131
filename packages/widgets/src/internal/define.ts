import { VERSION } from '../generated/version.js';

type LadConstructor = CustomElementConstructor & { ladVersion?: string };

// Shared by every copy of @lad/widgets on the page, so each pair of versions warns once.
const shared = globalThis as { __ladWidgetsWarnings?: Set<string> };
shared.__ladWidgetsWarnings ??= new Set();
const warnings = shared.__ladWidgetsWarnings;

/**
 * Registers a LAD element without ever throwing. Loading the same bundle twice is a no-op; when
 * another version already defined the tag, that copy keeps it and a single warning names both
 * versions (Shoelace's `define()`, made version-aware).
 */
export function defineElement(tag: string, element: LadConstructor): void {
  const existing = customElements.get(tag) as LadConstructor | undefined;
  if (!existing) {
    element.ladVersion = VERSION;
    customElements.define(tag, element);
    return;
  }
  const other = existing.ladVersion ?? 'an unknown version';
  if (other === VERSION) return;
  const key = `${other}|${VERSION}`;
  if (warnings.has(key)) return;
  warnings.add(key);
  console.warn(
    `@lad/widgets ${VERSION} was loaded on a page that already uses @lad/widgets ${other}; the elements of ${other} are kept. Load one version only.`,
  );
}
