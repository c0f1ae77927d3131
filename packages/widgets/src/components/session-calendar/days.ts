import { getZonedParts } from '@lad/sdk';

// Calendar days as `YYYY-MM-DD` strings: plain arithmetic in UTC, so no machine time zone can
// shift them.

const pad = (n: number) => String(n).padStart(2, '0');

export const dayKey = (y: number, m: number, d: number) => {
  const t = new Date(Date.UTC(y, m - 1, d));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
};

/** The day an instant falls on in `zone`. */
export function dayIn(instant: string, zone: string): string {
  const p = getZonedParts(instant, zone);
  return dayKey(p.year, p.month, p.day);
}

export const parts = (day: string) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return { y, m, d };
};

export function addDays(day: string, n: number): string {
  const { y, m, d } = parts(day);
  return dayKey(y, m, d + n);
}

/** The same day `n` months later, kept inside the month (31 March + 1 → 30 April). */
export function addMonths(day: string, n: number): string {
  const { y, m, d } = parts(day);
  const last = new Date(Date.UTC(y, m - 1 + n + 1, 0)).getUTCDate();
  return dayKey(y, m + n, Math.min(d, last));
}

/** 0 = Sunday. */
export const weekday = (day: string) => {
  const { y, m, d } = parts(day);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
};

/** The 42 days (six weeks, Sunday first) a month's grid shows. */
export function monthGrid(year: number, month: number): string[] {
  const first = dayKey(year, month, 1);
  const start = addDays(first, -weekday(first));
  return Array.from({ length: 42 }, (_, i) => addDays(start, i));
}

/** Today in `zone`. */
export const today = (zone: string) => dayIn(new Date().toISOString(), zone);
