import type { RegistrationReceipt } from '@lad/sdk';

/**
 * An application was received by the API. `detail` holds the event id and the receipt
 * (reference number, status) — never the personal data sent.
 */
export class LadRegistrationSubmitEvent extends CustomEvent<{
  eventId: string;
  receipt: RegistrationReceipt;
}> {
  static readonly type = 'lad-registration-submit';
  constructor(detail: { eventId: string; receipt: RegistrationReceipt }) {
    super(LadRegistrationSubmitEvent.type, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lad-registration-submit': LadRegistrationSubmitEvent;
  }
}
