import type {
  LedBy,
  OrganizationKind,
  OrganizationLevel,
  RegistrationStatus,
  SelectionDecisionKind,
  SelectionReasonCode,
} from '@lad/sdk';
import { msg } from '@lit/localize';

// The words of the selection screen that name the API's values, once each.

/** Where an application stands. */
export function registrationStatusLabel(status: RegistrationStatus): string {
  switch (status) {
    case 'submitted':
      return msg('Not decided yet', { id: 'selection.status.submitted', desc: 'Application status' });
    case 'under_review':
      return msg('Under review', { id: 'selection.status.under_review', desc: 'Application status' });
    case 'selected':
      return msg('Selected', { id: 'selection.status.selected', desc: 'Application status' });
    case 'waitlisted':
      return msg('Waiting list', { id: 'selection.status.waitlisted', desc: 'Application status' });
    case 'not_selected':
      return msg('Not selected', { id: 'selection.status.not_selected', desc: 'Application status' });
    case 'withdrawn':
      return msg('Withdrawn', { id: 'selection.status.withdrawn', desc: 'Application status' });
  }
}

export const decisionLabel = (decision: SelectionDecisionKind) => registrationStatusLabel(decision);

/** Why an application was wait-listed or not selected (the e-mail writes the same out). */
export function reasonLabel(code: SelectionReasonCode): string {
  switch (code) {
    case 'capacity':
      return msg('All seats taken', {
        id: 'selection.reason.capacity',
        desc: 'Reason for a selection decision',
      });
    case 'criteria':
      return msg('Selection criteria not met', {
        id: 'selection.reason.criteria',
        desc: 'Reason for a selection decision',
      });
    case 'eligibility':
      return msg('Not eligible for this meeting', {
        id: 'selection.reason.eligibility',
        desc: 'Reason for a selection decision (kind of organisation, country or level)',
      });
    case 'incomplete':
      return msg('Answers missing or incomplete', {
        id: 'selection.reason.incomplete',
        desc: 'Reason for a selection decision',
      });
    case 'balance':
      return msg('Balance between regions and groups', {
        id: 'selection.reason.balance',
        desc: 'Reason for a selection decision: balance between regions, kinds of organisation or groups',
      });
    case 'duplicate':
      return msg('Another application from the same organisation', {
        id: 'selection.reason.duplicate',
        desc: 'Reason for a selection decision',
      });
    case 'other':
      return msg('Another reason (say which in the note)', {
        id: 'selection.reason.other',
        desc: 'Reason for a selection decision; the note is a free-text field',
      });
  }
}

export function levelLabel(level: OrganizationLevel): string {
  switch (level) {
    case 'local':
      return msg('Local', { id: 'selection.level.local', desc: 'Level an organisation works at' });
    case 'national':
      return msg('National', { id: 'selection.level.national', desc: 'Level an organisation works at' });
    case 'regional':
      return msg('Regional', { id: 'selection.level.regional', desc: 'Level an organisation works at' });
  }
}

export function kindLabel(kind: OrganizationKind): string {
  switch (kind) {
    case 'service_provider':
      return msg('Service provider', {
        id: 'selection.kind.service_provider',
        desc: 'What an organisation does',
      });
    case 'research':
      return msg('Research', { id: 'selection.kind.research', desc: 'What an organisation does' });
    case 'advocacy':
      return msg('Advocacy', { id: 'selection.kind.advocacy', desc: 'What an organisation does' });
    case 'university':
      return msg('University', { id: 'selection.kind.university', desc: 'What an organisation does' });
    case 'community_group':
      return msg('Community group', {
        id: 'selection.kind.community_group',
        desc: 'What an organisation does',
      });
    case 'other':
      return msg('Other work', {
        id: 'selection.kind.other',
        desc: 'What an organisation does: none of the others',
      });
  }
}

export function ledByLabel(ledBy: LedBy): string {
  switch (ledBy) {
    case 'indigenous':
      return msg('Indigenous people', {
        id: 'selection.led_by.indigenous',
        desc: 'Who leads an organisation',
      });
    case 'refugee':
      return msg('Refugees', { id: 'selection.led_by.refugee', desc: 'Who leads an organisation' });
    case 'migrant':
      return msg('Migrants', { id: 'selection.led_by.migrant', desc: 'Who leads an organisation' });
    case 'afro_descendant':
      return msg('Afro-descendant people', {
        id: 'selection.led_by.afro_descendant',
        desc: 'Who leads an organisation',
      });
    case 'women':
      return msg('Women', { id: 'selection.led_by.women', desc: 'Who leads an organisation' });
    case 'none':
      return msg('None of these', {
        id: 'selection.led_by.none',
        desc: 'Who leads an organisation: none of the groups listed',
      });
  }
}

/** Where a decision e-mail is, as the outbox says. */
export function noticeStatusLabel(status: string): string {
  switch (status) {
    case 'pending':
      return msg('waiting to be sent', {
        id: 'selection.notice.pending',
        desc: 'State of a decision e-mail',
      });
    case 'sending':
      return msg('being sent', { id: 'selection.notice.sending', desc: 'State of a decision e-mail' });
    case 'sent':
      return msg('sent', { id: 'selection.notice.sent', desc: 'State of a decision e-mail' });
    case 'failed':
      return msg('could not be sent', { id: 'selection.notice.failed', desc: 'State of a decision e-mail' });
    default:
      return status;
  }
}
