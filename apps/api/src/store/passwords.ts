import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * scrypt's cost (Node's built-in `crypto.scrypt`): N = 2^15, r = 8, p = 1 — 32 MiB and about
 * 50–100 ms per hash on one core, the parameters OWASP recommends. They are stored with each
 * hash, so raising them later leaves older hashes readable.
 */
export const SCRYPT = { N: 2 ** 15, r: 8, p: 1, keyLength: 32, saltLength: 16 } as const;

/** Node refuses more than 32 MiB by default; scrypt needs 128 · N · r bytes and a little more. */
const maxmem = (N: number, r: number) => 128 * N * r * 2;

function derive(password: string, salt: Buffer, N: number, r: number, p: number, length: number) {
  const options: ScryptOptions = { N, r, p, maxmem: maxmem(N, r) };
  return new Promise<Buffer>((resolve, reject) =>
    // The async form runs on libuv's thread pool: a hash never holds the event loop.
    scrypt(password.normalize('NFC'), salt, length, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/**
 * A password's hash as one string: `scrypt$<N>$<r>$<p>$<salt>$<key>` (salt and key in
 * base64url), with a fresh random 16-byte salt. The password is NFC-normalised first, so the
 * same characters typed on two keyboards match.
 */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SCRYPT.saltLength);
  const key = await derive(password, salt, SCRYPT.N, SCRYPT.r, SCRYPT.p, SCRYPT.keyLength);
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64url'), key.toString('base64url')].join(
    '$',
  );
}

/** Whether `password` matches `stored`, compared in constant time; false for a malformed hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const [N, R, P] = [Number(n), Number(r), Number(p)];
  if (![N, R, P].every((x) => Number.isInteger(x) && x > 0)) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await derive(password, Buffer.from(salt, 'base64url'), N, R, P, expected.length);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

let dummy: Promise<string> | undefined;

/**
 * Spends the time of one password check when there is no account to check against, so that an
 * unknown email cannot be told from a wrong password by the time the answer takes.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummy ??= hashPassword(randomBytes(16).toString('base64url'));
  await verifyPassword(password, await dummy);
  return false;
}
