import {
  type AcceptInvitationInput,
  Account,
  createLadTransport,
  Invitation,
  isLadValidationError,
  type LadTransport,
  SignedIn,
  type SignInInput,
} from '@lad/sdk';
import * as z from 'zod/mini';

/** A role a person acts in, as the `X-LAD-Role` header names it: `role` or `role:scope`. */
export const roleHeader = (r: { role: string; scope: string | null }) =>
  r.scope ? `${r.role}:${r.scope}` : r.role;

export interface ConsoleApiOptions {
  /** Where the API lives, without `/v1` (the console's own origin when it is served by the API). */
  baseUrl: string;
  /** A `fetch` to call the API with (tests pass a fake one). */
  fetch?: typeof globalThis.fetch;
  /** The role the person acts in now (`X-LAD-Role`), or `null` before they are signed in. */
  actingAs: () => string | null;
  /** The console's language, sent as `Accept-Language`. */
  locale: () => string;
  /** Called when the API answers 401 outside the sign-in routes: the session ended (expired, or signed out elsewhere). */
  onSignedOut?: () => void;
}

/** Any JSON answer; the passkey options and responses are handed as they are to the browser library. */
const AnyJson = z.unknown();

/**
 * Every call the console makes, through the SDK's transport: the resource functions
 * (`listCommitments(api.transport, …)`, …) and the sign-in routes, whose answers the SDK's
 * schemas check (`Account`, `SignedIn`, `Invitation`).
 *
 * Each request carries the session cookie (`credentials: 'include'`, for an API on another
 * origin too), `X-LAD-Role` naming the role the person acts in, and — on every write —
 * `X-LAD-Console: 1`, which a page elsewhere cannot send without the API's consent (CORS), so
 * the API knows a write with the cookie came from the console.
 */
export function createConsoleApi(options: ConsoleApiOptions) {
  const base = options.fetch ?? globalThis.fetch.bind(globalThis);
  const consoleFetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    const headers = new Headers(request.headers);
    const role = options.actingAs();
    if (role) headers.set('x-lad-role', role);
    if (request.method !== 'GET' && request.method !== 'HEAD') headers.set('x-lad-console', '1');
    headers.set('accept-language', options.locale());
    const response = await base(new Request(request, { headers, credentials: 'include' }));
    if (response.status === 401 && !new URL(request.url).pathname.includes('/v1/auth/'))
      options.onSignedOut?.();
    return response;
  };
  const transport: LadTransport = createLadTransport({ baseUrl: options.baseUrl, fetch: consoleFetch });

  /** A write whose answer the console does not read: any 2xx is done, even one without a JSON body. */
  const done = async (path: string, body: unknown = {}): Promise<void> => {
    try {
      await transport.send(AnyJson, 'post', path, body);
    } catch (error) {
      if (!isLadValidationError(error)) throw error;
    }
  };
  const token = (t: string) => encodeURIComponent(t);

  return {
    transport,
    /** The signed-in person; a 401 `LadApiError` when nobody is. Never from the browser cache. */
    me: () => transport.get(Account, 'auth/me', undefined, { cache: 'no-store' }),
    signIn: (input: SignInInput) => transport.send(SignedIn, 'post', 'auth/sign-in', input),
    signOut: () => done('auth/sign-out'),
    signOutEverywhere: () => done('auth/sign-out-everywhere'),
    invitation: (t: string) =>
      transport.get(Invitation, `auth/invitations/${token(t)}`, undefined, { cache: 'no-store' }),
    acceptInvitation: (t: string, input: AcceptInvitationInput) =>
      transport.send(SignedIn, 'post', `auth/invitations/${token(t)}/accept`, input),
    passkeyRegistrationOptions: () =>
      transport.send(AnyJson, 'post', 'auth/passkeys/registration-options', {}),
    registerPasskey: (response: unknown) => done('auth/passkeys/registration', response),
    passkeyAuthenticationOptions: (email?: string) =>
      transport.send(AnyJson, 'post', 'auth/passkeys/authentication-options', email ? { email } : {}),
    authenticateWithPasskey: (response: unknown) =>
      transport.send(SignedIn, 'post', 'auth/passkeys/authentication', response),
  };
}

export type ConsoleApi = ReturnType<typeof createConsoleApi>;
