import type { DeclineReason, ProposalAnswerAction, ProposalKind, ProposalStatus } from '@lad/sdk';
import { msg } from '@lit/localize';

// The words of the proposals screens that name the API's codes: statuses, decline reasons,
// steps of the answer's history, kinds of proposal.

/** A proposal's status (the widgets' words). */
export function statusName(status: ProposalStatus): string {
  switch (status) {
    case 'received':
      return msg('Received', { id: 'proposals.status.received', desc: 'Status of a proposal' });
    case 'under_review':
      return msg('Under review', { id: 'proposals.status.under_review', desc: 'Status of a proposal' });
    case 'accepted':
      return msg('Accepted', { id: 'proposals.status.accepted', desc: 'Status of a proposal' });
    case 'merged':
      return msg('Merged with another proposal', {
        id: 'proposals.status.merged',
        desc: 'Status of a proposal',
      });
    case 'declined':
      return msg('Declined', { id: 'proposals.status.declined', desc: 'Status of a proposal' });
    case 'answered':
      return msg('Answered', { id: 'proposals.status.answered', desc: 'Status of a proposal' });
  }
}

/** Why a committee declines a proposal. */
export function reasonName(reason: DeclineReason): string {
  switch (reason) {
    case 'out_of_scope':
      return msg('Outside the committee’s subject', {
        id: 'proposals.reason.out_of_scope',
        desc: 'Reason to decline a proposal',
      });
    case 'duplicate':
      return msg('Another proposal already says the same', {
        id: 'proposals.reason.duplicate',
        desc: 'Reason to decline a proposal',
      });
    case 'not_enough_detail':
      return msg('Not enough detail to act on', {
        id: 'proposals.reason.not_enough_detail',
        desc: 'Reason to decline a proposal',
      });
    case 'already_addressed':
      return msg('Already done or already on the agenda', {
        id: 'proposals.reason.already_addressed',
        desc: 'Reason to decline a proposal',
      });
    case 'not_feasible':
      return msg('Not something the governments can do', {
        id: 'proposals.reason.not_feasible',
        desc: 'Reason to decline a proposal',
      });
    case 'agenda_full':
      return msg('No room left on the agenda', {
        id: 'proposals.reason.agenda_full',
        desc: 'Reason to decline a proposal',
      });
    case 'arrived_late':
      return msg('Arrived after the agenda was frozen', {
        id: 'proposals.reason.arrived_late',
        desc: 'Reason to decline a proposal',
      });
    case 'other':
      return msg('Another reason, given in the answer', {
        id: 'proposals.reason.other',
        desc: 'Reason to decline a proposal',
      });
  }
}

/** What one version of the answer did, in the history. */
export function actionName(action: ProposalAnswerAction): string {
  switch (action) {
    case 'accept':
      return msg('Accepted', { id: 'proposals.action.accept', desc: 'A step in the history of answers' });
    case 'merge':
      return msg('Merged', { id: 'proposals.action.merge', desc: 'A step in the history of answers' });
    case 'decline':
      return msg('Declined', { id: 'proposals.action.decline', desc: 'A step in the history of answers' });
    case 'answer':
      return msg('Answer written', {
        id: 'proposals.action.answer',
        desc: 'A step in the history of answers',
      });
    case 'decide':
      return msg('Decision', { id: 'proposals.action.decide', desc: 'A step in the history of answers' });
  }
}

export function kindName(kind: ProposalKind): string {
  return kind === 'policy'
    ? msg('Written proposal', {
        id: 'proposals.kind.policy',
        desc: 'A written policy proposal to a committee',
      })
    : msg('Agenda topic', {
        id: 'proposals.kind.agenda_topic',
        desc: 'A topic proposed for a meeting’s agenda',
      });
}
