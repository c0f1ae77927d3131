// What a person typed and has not saved, kept in sessionStorage per record: a reload, a crash
// of the tab or a trip to another page of the console loses nothing. Cleared once saved (or
// discarded on purpose).

const PREFIX = 'lad-console:draft:';

export function readDraft<T>(key: string): T | null {
  try {
    const raw = sessionStorage.getItem(PREFIX + key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

export function writeDraft(key: string, value: unknown): void {
  try {
    sessionStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the text stays on the page until it is closed.
  }
}

export function clearDraft(key: string): void {
  try {
    sessionStorage.removeItem(PREFIX + key);
  } catch {
    // nothing stored
  }
}
