/**
 * Providers that deliver `name+anything@` to `name@` (sub-addressing), by domain; Gmail also
 * ignores dots in the name. Addresses at other domains keep their `+` and their dots: a server
 * we know nothing of may treat `a+b@` as a mailbox of its own.
 */
const PLUS_IGNORED = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'proton.me',
  'protonmail.com',
  'pm.me',
  'fastmail.com',
  'yandex.com',
]);
const DOTS_IGNORED = new Set(['gmail.com', 'googlemail.com']);

/**
 * The one mailbox an address reaches, for telling apart people, not addresses: lower case;
 * at the providers above, without a `+tag`; at Gmail, without dots in the name and with
 * `googlemail.com` as `gmail.com`. `Ana.Perez+lad@Gmail.com` → `anaperez@gmail.com`.
 */
export function mailbox(email: string): string {
  const address = email.trim().toLowerCase();
  const at = address.lastIndexOf('@');
  if (at < 1) return address;
  let local = address.slice(0, at);
  let domain = address.slice(at + 1);
  if (PLUS_IGNORED.has(domain)) local = local.split('+')[0] ?? local;
  if (DOTS_IGNORED.has(domain)) {
    local = local.replace(/\./g, '');
    domain = 'gmail.com';
  }
  return `${local}@${domain}`;
}
