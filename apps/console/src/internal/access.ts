import { ACTION_PACKAGES, MECHANISMS, type Role, SIGNATORIES } from '@lad/sdk';
import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { currentLocale } from './locale.js';
import { actionPackageName, countryName, mechanismTitle, roleName } from './messages.js';

// What the people and tokens pages share: the role and scope fields (a role, then the country,
// action package or regional mechanism it is limited to), and copying a secret shown once.

/** Every role, in the order the menus list them. */
export const ROLES: readonly Role[] = ['secretariat', 'committee', 'country', 'mechanism'];

/** The scopes a role can have, named in the console's language and sorted; none for the secretariat. */
export function scopeChoices(role: Role): { value: string; label: string }[] {
  const locale = currentLocale();
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, locale);
  switch (role) {
    case 'country':
      return SIGNATORIES.map((c) => ({ value: c.code, label: countryName(c.code) })).sort(byLabel);
    case 'committee':
      return ACTION_PACKAGES.map((p) => ({ value: p.id, label: actionPackageName(p.id) })).sort(byLabel);
    case 'mechanism':
      return MECHANISMS.map((m) => ({
        value: m.id,
        label: m.acronym ? `${m.acronym} — ${mechanismTitle(m.id)}` : mechanismTitle(m.id),
      })).sort(byLabel);
    default:
      return [];
  }
}

/** What the scope field is called for a role. */
export function scopeLabel(role: Role): string {
  switch (role) {
    case 'country':
      return msg('Country', {
        id: 'people.scope_country',
        desc: 'Label of the country a role is limited to',
      });
    case 'committee':
      return msg('Action package', {
        id: 'people.scope_committee',
        desc: 'Label of the action package a committee coordinator’s role is limited to',
      });
    case 'mechanism':
      return msg('Regional mechanism', {
        id: 'people.scope_mechanism',
        desc: 'Label of the regional mechanism (CRM, MIRPS…) a role is limited to',
      });
    default:
      return '';
  }
}

/** A role and its scope, as the forms hold them. */
export interface RoleDraft {
  role: Role;
  scope: string;
}

/** The first scope of a role's list (none for the secretariat): what a new choice starts with. */
export const firstScope = (role: Role) => scopeChoices(role)[0]?.value ?? '';

/**
 * The role menu and, unless it is the secretariat, the scope menu: ids `<prefix>-role` and
 * `<prefix>-scope`. `onChange` gets the new pair (a new role starts at its first scope).
 */
export function roleFields(
  prefix: string,
  draft: RoleDraft,
  onChange: (draft: RoleDraft) => void,
  scopeError?: string,
) {
  return html`<div class="field">
      <label for="${prefix}-role">${msg('Role', { id: 'people.role' })}</label>
      <select
        id="${prefix}-role"
        @change=${(e: Event) => {
          const role = (e.target as HTMLSelectElement).value as Role;
          onChange({ role, scope: firstScope(role) });
        }}
      >
        ${ROLES.map((r) => html`<option value=${r} ?selected=${r === draft.role}>${roleName(r)}</option>`)}
      </select>
    </div>
    ${
      draft.role === 'secretariat'
        ? nothing
        : html`<div class="field">
          <label for="${prefix}-scope">${scopeLabel(draft.role)}</label>
          <select
            id="${prefix}-scope"
            aria-invalid=${scopeError ? 'true' : 'false'}
            aria-describedby=${scopeError ? `${prefix}-scope-error` : nothing}
            @change=${(e: Event) => onChange({ role: draft.role, scope: (e.target as HTMLSelectElement).value })}
          >
            ${scopeChoices(draft.role).map(
              (o) => html`<option value=${o.value} ?selected=${o.value === draft.scope}>${o.label}</option>`,
            )}
          </select>
          ${scopeError ? html`<p class="field-error" id="${prefix}-scope-error">${scopeError}</p>` : nothing}
        </div>`
    }`;
}

/** The pair a draft stands for, as the API takes it. */
export const rolePair = (draft: RoleDraft) => ({
  role: draft.role,
  scope: draft.role === 'secretariat' ? null : draft.scope || null,
});

/**
 * Copies the text of a read-only field: the Clipboard API, else the browser's copy command on
 * the selected text. True when it was copied; either way the text is left selected, so the
 * person can copy it themselves.
 */
export async function copyField(field: HTMLInputElement): Promise<boolean> {
  field.focus();
  field.select();
  try {
    await navigator.clipboard.writeText(field.value);
    return true;
  } catch {
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

/** What a copy button says once it has (or has not) copied. */
export const copiedText = (copied: boolean) =>
  copied
    ? msg('Copied.', {
        id: 'people.copied',
        desc: 'After the copy button put a link or token in the clipboard',
      })
    : msg('It could not be copied by the button: it is selected, copy it with Ctrl+C (⌘C on a Mac).', {
        id: 'people.copy_failed',
        desc: 'The browser refused to copy; the text is selected for the person to copy',
      });
