import type { ProposalReceipt } from '@lad/sdk';

/**
 * A proposal was received by the API. `detail`: the kind, the event or committee it went to,
 * and the receipt — never the personal data sent.
 */
export class LadProposalSubmitEvent extends CustomEvent<{
  kind: 'agenda-topic' | 'policy';
  target: string;
  receipt: ProposalReceipt;
}> {
  static readonly type = 'lad-proposal-submit';
  constructor(detail: { kind: 'agenda-topic' | 'policy'; target: string; receipt: ProposalReceipt }) {
    super(LadProposalSubmitEvent.type, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lad-proposal-submit': LadProposalSubmitEvent;
  }
}
