import { defineElement } from '../../internal/define.js';
import { LadRegistrationForm } from './registration-form.js';

export * from './events.js';
export { LadRegistrationForm } from './registration-form.js';

defineElement('lad-registration-form', LadRegistrationForm);

declare global {
  interface HTMLElementTagNameMap {
    'lad-registration-form': LadRegistrationForm;
  }
}
