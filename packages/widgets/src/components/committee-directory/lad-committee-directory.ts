import { defineElement } from '../../internal/define.js';
import { LadCommitteeDirectory } from './committee-directory.js';

export { LadCommitteeDirectory } from './committee-directory.js';

defineElement('lad-committee-directory', LadCommitteeDirectory);

declare global {
  interface HTMLElementTagNameMap {
    'lad-committee-directory': LadCommitteeDirectory;
  }
}
