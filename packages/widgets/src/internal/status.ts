import { COMMITMENT_STATUSES, type CommitmentStatus } from '@lad/sdk';
import { msg } from '@lit/localize';
import { css, html } from 'lit';

/** The five-point completion scale, worded for readers. */
export function statusLabel(status: CommitmentStatus): string {
  switch (status) {
    case 'no_evidence':
      return msg('No evidence available', {
        id: 'status.no_evidence',
        desc: 'Commitment status: nothing shows any progress',
      });
    case 'not_started':
      return msg('Not started', { id: 'status.not_started', desc: 'Commitment status' });
    case 'limited':
      return msg('Limited progress', {
        id: 'status.limited',
        desc: 'Commitment status: some but little progress',
      });
    case 'substantial':
      return msg('Substantial progress', {
        id: 'status.substantial',
        desc: 'Commitment status: most of it done',
      });
    case 'complete':
      return msg('Complete', { id: 'status.complete', desc: 'Commitment status: fully done' });
  }
}

/** Position on the scale, 0–4, shown as filled steps so the status never depends on colour alone. */
export const statusStep = (status: CommitmentStatus) => COMMITMENT_STATUSES.indexOf(status);

/** A status badge: text label plus four steps filled by progress. */
export function statusBadge(status: CommitmentStatus) {
  const step = statusStep(status);
  return html`<span class="status" part="status" data-status=${status}
    ><span class="steps" aria-hidden="true"
      >${[1, 2, 3, 4].map((i) => html`<span class=${i <= step ? 'on' : ''}></span>`)}</span
    >${statusLabel(status)}</span
  >`;
}

export const statusStyles = css`
  :host {
    --_status-no_evidence: var(--lad-status-no-evidence, light-dark(#6b7280, #9ca3af));
    --_status-not_started: var(--lad-status-not-started, light-dark(#9a3412, #fdba74));
    --_status-limited: var(--lad-status-limited, light-dark(#a16207, #fde047));
    --_status-substantial: var(--lad-status-substantial, light-dark(#1d4ed8, #93c5fd));
    --_status-complete: var(--lad-status-complete, light-dark(#15803d, #86efac));
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    white-space: nowrap;
    font-size: 0.9em;
  }
  .steps {
    display: inline-flex;
    gap: 2px;
  }
  .steps span {
    inline-size: 0.45em;
    block-size: 0.9em;
    border: 1px solid var(--_status-color);
    border-radius: 1px;
  }
  .steps span.on {
    background: var(--_status-color);
  }
  [data-status='no_evidence'] {
    --_status-color: var(--_status-no_evidence);
  }
  [data-status='not_started'] {
    --_status-color: var(--_status-not_started);
  }
  [data-status='limited'] {
    --_status-color: var(--_status-limited);
  }
  [data-status='substantial'] {
    --_status-color: var(--_status-substantial);
  }
  [data-status='complete'] {
    --_status-color: var(--_status-complete);
  }
  @media (forced-colors: active) {
    .steps span {
      border-color: CanvasText;
    }
    .steps span.on {
      background: CanvasText;
    }
  }
`;
