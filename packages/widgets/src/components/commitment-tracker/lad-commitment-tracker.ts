import { defineElement } from '../../internal/define.js';
import { LadCommitmentTracker } from './commitment-tracker.js';

export { LadCommitmentTracker } from './commitment-tracker.js';
export * from './events.js';

defineElement('lad-commitment-tracker', LadCommitmentTracker);

declare global {
  interface HTMLElementTagNameMap {
    'lad-commitment-tracker': LadCommitmentTracker;
  }
}
