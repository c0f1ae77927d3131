import { msg, str } from '@lit/localize';
import * as z from 'zod/mini';

// Single sign-on on the sign-in page: whether the API offers it (`GET /v1/auth/oidc`), and what
// to tell a person the provider sent back without signing them in (`#/sign-in?sso=<code>`).

/** `GET /v1/auth/oidc`: the API's `OidcSettings` (apps/api/src/routes/oidc.ts). */
export const OidcSettings = z.object({ enabled: z.boolean(), name: z.nullable(z.string()) });
export type OidcSettings = z.infer<typeof OidcSettings>;

/** The button's label: "Sign in with Microsoft". */
export const ssoButtonText = (name: string) =>
  msg(str`Sign in with ${name}`, {
    id: 'signin.oidc',
    desc: 'Single sign-on button; the name is the organisation’s identity provider (Microsoft, Google, Keycloak)',
  });

/** Why single sign-on came back without signing the person in (`null`: it did not come back); any unknown code is a failure. */
export function ssoErrorText(code: string | null): string | null {
  switch (code) {
    case null:
      return null;
    case 'no-account':
      return msg(
        'No console account uses the email your organisation gave. The console is by invitation: accept your invitation first, or ask the secretariat for one.',
        { id: 'signin.oidc_no_account' },
      );
    case 'email-not-verified':
      return msg(
        'Your organisation did not confirm your email address, so it cannot sign you in here. Sign in with your password, or ask your organisation’s administrator.',
        { id: 'signin.oidc_email_not_verified' },
      );
    case 'state-mismatch':
      return msg(
        'This sign-in could not be checked: it took too long, or was started in another window. Start again from this page.',
        { id: 'signin.oidc_state_mismatch' },
      );
    case 'disabled':
      return msg('This account is disabled. Ask the secretariat.', { id: 'signin.oidc_disabled' });
    case 'rate-limited':
      return msg('Too many attempts. Wait a while before you try again.', { id: 'signin.rate_limited' });
    default:
      return msg(
        'Signing in with your organisation’s account did not work this time. Try again, or sign in with your password.',
        {
          id: 'signin.oidc_failed',
        },
      );
  }
}
