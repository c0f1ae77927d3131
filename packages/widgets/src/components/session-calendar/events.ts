/** A reader chose an event in `<lad-session-calendar>`. */
export class LadEventSelectEvent extends CustomEvent<{ id: string }> {
  static readonly type = 'lad-event-select';
  constructor(detail: { id: string }) {
    super(LadEventSelectEvent.type, { detail, bubbles: true, composed: true });
  }
}

/** A reader opened the registration form of an event in `<lad-session-calendar>`. */
export class LadRegistrationOpenEvent extends CustomEvent<{ eventId: string }> {
  static readonly type = 'lad-registration-open';
  constructor(detail: { eventId: string }) {
    super(LadRegistrationOpenEvent.type, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lad-event-select': LadEventSelectEvent;
    'lad-registration-open': LadRegistrationOpenEvent;
  }
}
