/**
 * An address as the outbox list shows it: the first character of the mailbox, then `•••`, then
 * the domain — `ana.perez@example.org` → `a•••@example.org`. Enough to tell messages apart and
 * to answer "was it sent to my organisation's address?", not enough to write to anyone.
 */
export function maskAddress(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 1) return '•••';
  return `${Array.from(address.slice(0, at))[0]}•••${address.slice(at)}`;
}

const ADDRESS = /[^\s<>()"',;:@]+@[^\s<>()"',;:@]+\.[^\s<>()"',;:@]+/gu;

/** `text` (an SMTP server's error, a log line) with every address in it masked. */
export const maskAddresses = (text: string): string => text.replace(ADDRESS, (a) => maskAddress(a));
