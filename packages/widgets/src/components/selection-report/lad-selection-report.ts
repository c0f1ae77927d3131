import { defineElement } from '../../internal/define.js';
import { LadSelectionReport } from './selection-report.js';

export { LadSelectionReport } from './selection-report.js';

defineElement('lad-selection-report', LadSelectionReport);

declare global {
  interface HTMLElementTagNameMap {
    'lad-selection-report': LadSelectionReport;
  }
}
