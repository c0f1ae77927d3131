import type { Account, AccountRole, CommitmentQuery } from '@lad/sdk';
import { roleHeader } from './api.js';

// Which of their roles a person acts in: one of the role/scope pairs of their account, chosen
// in the header's "acting as" menu and remembered on this browser.

const ACTING_KEY = 'lad-console-acting';

/** The role to act in: the one chosen last on this browser when the person still holds it, else their first. */
export function initialRole(account: Account): AccountRole | null {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(ACTING_KEY);
  } catch {
    // Storage disabled: start with the first role.
  }
  return account.roles.find((r) => roleHeader(r) === stored) ?? account.roles[0] ?? null;
}

/** Keeps the chosen role for the person's next visit on this browser. */
export function rememberRole(role: AccountRole): void {
  try {
    localStorage.setItem(ACTING_KEY, roleHeader(role));
  } catch {
    // Storage disabled: the choice lasts until the page is closed.
  }
}

/** The filters of the commitments a role may work on. */
export type ScopeFilter = Pick<CommitmentQuery, 'country' | 'actionPackage' | 'mechanism'>;

/**
 * The commitments a role works on, as filters of `GET /v1/commitments`: a country coordinator's
 * country, a committee's action package, the commitments a regional mechanism shares,
 * everything for the secretariat. The API enforces the same scope on every write; these keep the
 * screens to what the person may change.
 */
export function scopeFilter(role: AccountRole | null): ScopeFilter {
  if (!role?.scope) return {};
  if (role.role === 'country') return { country: role.scope };
  if (role.role === 'committee') return { actionPackage: role.scope };
  if (role.role === 'mechanism') return { mechanism: role.scope };
  return {};
}
