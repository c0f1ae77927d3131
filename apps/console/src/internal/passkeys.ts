import { msg } from '@lit/localize';
import type { ConsoleApi } from './api.js';

// Passkeys through @simplewebauthn/browser, loaded only when a person uses one: the options
// come from the API, the browser asks the authenticator, the API checks the answer.

/** Whether this browser can use passkeys at all. */
export const passkeysSupported = () => typeof globalThis.PublicKeyCredential === 'function';

/** Registers a new passkey for the signed-in person. */
export async function addPasskey(api: ConsoleApi): Promise<void> {
  const { startRegistration } = await import('@simplewebauthn/browser');
  const optionsJSON = (await api.passkeyRegistrationOptions()) as Parameters<
    typeof startRegistration
  >[0]['optionsJSON'];
  const response = await startRegistration({ optionsJSON });
  await api.registerPasskey(response);
}

/** Signs in with a passkey (of `email`'s account when given, else any this device holds). */
export async function signInWithPasskey(api: ConsoleApi, email?: string) {
  const { startAuthentication } = await import('@simplewebauthn/browser');
  const optionsJSON = (await api.passkeyAuthenticationOptions(email)) as Parameters<
    typeof startAuthentication
  >[0]['optionsJSON'];
  const response = await startAuthentication({ optionsJSON });
  return api.authenticateWithPasskey(response);
}

/** True for the browser's own refusal or cancellation of a passkey ceremony (not the API's). */
export function isPasskeyError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return (
    typeof name === 'string' &&
    [
      'WebAuthnError',
      'NotAllowedError',
      'AbortError',
      'InvalidStateError',
      'SecurityError',
      'NotSupportedError',
    ].includes(name)
  );
}

/** What a person reads when the browser or the authenticator refused or was cancelled. */
export function passkeyErrorText(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED')
    return msg('This device already holds a passkey for your account.', { id: 'passkey.already' });
  return msg('The passkey step was cancelled or timed out. You can try again.', { id: 'passkey.cancelled' });
}
