import type { Account } from '@lad/sdk';

/** Fired by a page once the person is signed in (password, passkey, accepted invitation). */
export class LadSignedInEvent extends Event {
  static readonly type = 'lad-signed-in';
  constructor(readonly account: Account) {
    super(LadSignedInEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'lad-signed-in': LadSignedInEvent;
  }
}
