import type { ProgressGroupBy } from '@lad/sdk';

/** A reader chose a group in `<lad-progress-summary>` (to show its commitments, say). */
export class LadGroupSelectEvent extends CustomEvent<{ groupBy: ProgressGroupBy; key: string }> {
  static readonly type = 'lad-group-select';
  constructor(detail: { groupBy: ProgressGroupBy; key: string }) {
    super(LadGroupSelectEvent.type, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lad-group-select': LadGroupSelectEvent;
  }
}
