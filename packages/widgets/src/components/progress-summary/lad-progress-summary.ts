import { defineElement } from '../../internal/define.js';
import { LadProgressSummary } from './progress-summary.js';

export * from './events.js';
export { LadProgressSummary } from './progress-summary.js';

defineElement('lad-progress-summary', LadProgressSummary);

declare global {
  interface HTMLElementTagNameMap {
    'lad-progress-summary': LadProgressSummary;
  }
}
