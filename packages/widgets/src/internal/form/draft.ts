import { createIdempotencyKey } from '@lad/sdk';

/** What a form keeps on the device while the person fills it in. */
export interface Draft<V> {
  /** The fields as typed. */
  values: V;
  /**
   * The idempotency key of this submission: created with the draft and kept until the API
   * acknowledges it, so every resend — after a timeout, a reload, a reconnect — is the same.
   */
  key: string;
  /** When the person started (the API's minimum fill time). */
  startedAt: string;
  /** When the draft was last saved. */
  savedAt: string;
  /** The exact body being sent and not yet acknowledged; resent unchanged. */
  pending?: unknown;
}

/**
 * A form's draft in `localStorage`, one per form and target (event, committee) and API. Saving
 * never throws: in a private window or with storage full the form still works, unsaved.
 */
export class DraftStore<V> {
  constructor(private readonly storageKey: string) {}

  load(): Draft<V> | undefined {
    try {
      const raw = localStorage.getItem(this.storageKey);
      const draft = raw ? (JSON.parse(raw) as Draft<V>) : undefined;
      return draft && typeof draft.key === 'string' && draft.values ? draft : undefined;
    } catch {
      return undefined;
    }
  }

  save(draft: Draft<V>): boolean {
    try {
      localStorage.setItem(this.storageKey, JSON.stringify({ ...draft, savedAt: new Date().toISOString() }));
      return true;
    } catch {
      return false;
    }
  }

  clear(): void {
    try {
      localStorage.removeItem(this.storageKey);
    } catch {
      // Nothing stored, nothing to clear.
    }
  }
}

/** A new, empty draft with its own idempotency key. */
export function newDraft<V>(values: V): Draft<V> {
  const now = new Date().toISOString();
  return { values, key: createIdempotencyKey(), startedAt: now, savedAt: now };
}
