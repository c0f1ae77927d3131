import { defineElement } from '../../internal/define.js';
import { LadSessionCalendar } from './session-calendar.js';

export * from './events.js';
export { LadSessionCalendar } from './session-calendar.js';

defineElement('lad-session-calendar', LadSessionCalendar);

declare global {
  interface HTMLElementTagNameMap {
    'lad-session-calendar': LadSessionCalendar;
  }
}
