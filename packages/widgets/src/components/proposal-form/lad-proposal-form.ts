import { defineElement } from '../../internal/define.js';
import { LadProposalForm } from './proposal-form.js';

export * from './events.js';
export { LadProposalForm } from './proposal-form.js';

defineElement('lad-proposal-form', LadProposalForm);

declare global {
  interface HTMLElementTagNameMap {
    'lad-proposal-form': LadProposalForm;
  }
}
