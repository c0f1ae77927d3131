import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { LocalizedText } from '@lad/sdk';

/** An ISO 8601 UTC instant with milliseconds: sortable as text. */
export const iso = (date: Date | string): string => new Date(date).toISOString();

/** Lower case without accents: `Kreyòl` → `kreyol`, for search in any language. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Every language's text of some localized fields, folded into one searchable string. */
export function searchText(...values: (LocalizedText | null | undefined | string)[]): string {
  const parts: string[] = [];
  for (const value of values) {
    if (!value) continue;
    if (typeof value === 'string') parts.push(value);
    else parts.push(...Object.values(value.text));
  }
  return fold(parts.join('\n'));
}

/**
 * Lets the event loop run everything that is waiting (other requests, timers) before going on:
 * long work awaits it every few hundred items so that it never holds the server for long.
 */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export const toJson = (value: unknown): string => JSON.stringify(value);
export const fromJson = <T>(text: string): T => JSON.parse(text) as T;

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
function randomString(length: number, alphabet = ALPHABET): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const byte of bytes) out += alphabet[byte % alphabet.length];
  return out;
}

/** A new record id with a readable prefix: `cmt_8k2j…`. */
export const newId = (prefix: string): string => `${prefix}_${randomString(16)}`;

/** A receipt number people can read out on the phone: `LAD-7K3M-Q9P2` (no 0/O, 1/I/L). */
export function newReceipt(): string {
  const s = randomString(8, '23456789ABCDEFGHJKMNPQRSTVWXYZ');
  return `LAD-${s.slice(0, 4)}-${s.slice(4)}`;
}

export const sha256 = (text: string | Uint8Array): string => createHash('sha256').update(text).digest('hex');
export const hmac = (secret: string, text: string): string =>
  createHmac('sha256', secret).update(text).digest('base64url').slice(0, 22);

/** Opaque keyset cursor. */
export function encodeCursor(values: (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, length: number): (string | number)[] | null {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === length &&
      values.every((v) => typeof v === 'string' || typeof v === 'number')
    ) {
      return values;
    }
  } catch {
    // fall through
  }
  return null;
}

export const addDays = (date: Date | string, days: number): Date =>
  new Date(new Date(date).getTime() + days * 86_400_000);

/** Escapes `%`, `_` and `\` for a LIKE pattern used with `ESCAPE '\'`. */
export const likeEscape = (text: string): string => text.replace(/[\\%_]/g, (m) => `\\${m}`);

/** JSON with object keys sorted, for comparing values whatever order their keys came in. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
