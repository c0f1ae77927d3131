import type { CommitteeRole, ConsentMethod, DetailConsent, PublishableDetail } from '@lad/sdk';
import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { dateText, withColon } from '../../internal/messages.js';

// The words the committees', secretariat's and mechanisms' screens share.

export const bodiesTitle = () =>
  msg('Committees and bodies', {
    id: 'bodies.title',
    desc: 'Page title: committees, secretariat, mechanisms',
  });

export const backToBodies = () => msg('Back to committees and bodies', { id: 'bodies.back' });

export const secretariatTitle = () =>
  msg('Technical secretariat', {
    id: 'bodies.secretariat',
    desc: 'The technical secretariat of the Declaration',
  });

/** A detail of a person, as a field is labelled. */
export function detailLabel(detail: PublishableDetail): string {
  switch (detail) {
    case 'name':
      return msg('Name', { id: 'bodies.detail.name', desc: 'A person’s name' });
    case 'organization':
      return msg('Organisation', { id: 'bodies.detail.organization', desc: 'A person’s organisation' });
    case 'email':
      return msg('Email', { id: 'bodies.detail.email', desc: 'A person’s email address' });
    case 'phone':
      return msg('Phone', { id: 'bodies.detail.phone', desc: 'A person’s phone number' });
    case 'country':
      return msg('Country', { id: 'bodies.detail.country', desc: 'A person’s country' });
    case 'languages':
      return msg('Languages', { id: 'bodies.detail.languages', desc: 'The languages a person speaks' });
  }
}

export function roleText(role: CommitteeRole): string {
  return role === 'coordinator'
    ? msg('Coordinator', { id: 'bodies.role.coordinator', desc: 'A committee’s coordinator' })
    : msg('CSO representative', {
        id: 'bodies.role.cso',
        desc: 'A civil-society organisation’s representative on a committee',
      });
}

export const csoSeatText = () =>
  msg('CSO seat', {
    id: 'bodies.cso_seat',
    desc: 'A seat of the secretariat held by a civil-society organisation',
  });

/** How consent was given. */
export function methodText(how: ConsentMethod): string {
  switch (how) {
    case 'written_form':
      return msg('Written form', { id: 'bodies.how.written_form', desc: 'Consent given on a signed form' });
    case 'email':
      return msg('By email', { id: 'bodies.how.email', desc: 'Consent given by email' });
    case 'in_person':
      return msg('In person', { id: 'bodies.how.in_person', desc: 'Consent given in person' });
    case 'phone':
      return msg('By phone', { id: 'bodies.how.phone', desc: 'Consent given on the phone' });
    case 'other':
      return msg('Other', { id: 'bodies.how.other', desc: 'Consent given another way' });
  }
}

export const CONSENT_METHODS: readonly ConsentMethod[] = [
  'written_form',
  'email',
  'in_person',
  'phone',
  'other',
];

export const publishedText = () =>
  msg('Published', { id: 'bodies.published', desc: 'A detail shown in the public directory' });
export const notPublishedText = () =>
  msg('Not published', { id: 'bodies.not_published', desc: 'A detail not shown in the public directory' });

/** Whether a detail is published, and how, when and by whom its consent was recorded. */
export function consentSummary(c: DetailConsent) {
  const parts: string[] = [];
  if (c.how) parts.push(`${withColon(msg('How', { id: 'bodies.consent.how' }))} ${methodText(c.how)}`);
  if (c.on)
    parts.push(
      `${withColon(msg('On', { id: 'bodies.consent.on', desc: 'The day consent was given' }))} ${dateText(c.on)}`,
    );
  if (c.recordedBy?.name)
    parts.push(`${withColon(msg('Recorded by', { id: 'bodies.consent.by' }))} ${c.recordedBy.name}`);
  return html`<strong>${c.given ? publishedText() : notPublishedText()}</strong>${
    c.given && !c.recordedAt
      ? html`<br />
          <span class="muted"
            >${msg('Published before consent was recorded detail by detail.', { id: 'bodies.consent.before' })}</span
          >`
      : nothing
  }${
    parts.length
      ? html`<br />
        <span class="muted">${parts.join(' · ')}</span>`
      : nothing
  }`;
}
