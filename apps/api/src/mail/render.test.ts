import { CORE_LOCALES, type CoreLocale, HT_MONTHS, type MessageKind } from '@lad/sdk';
import { describe, expect, test } from 'vitest';
import type { EventFacts, MessageData } from '../store/outbox.js';
import { maskAddress, maskAddresses } from './mask.js';
import { renderMail } from './render.js';

const event: EventFacts = {
  id: 'evt-1',
  title: {
    original: 'es',
    text: { es: 'Sesión informativa trimestral', fr: 'Séance d’information trimestrielle' },
  },
  startsAt: '2026-03-05T14:00:00.000Z',
  endsAt: '2026-03-05T17:00:00.000Z',
  timeZone: 'America/Port-au-Prince',
  place: 'Hotel Montana, Port-au-Prince',
  onlineUrl: null,
};
const committee = { id: 'cmte-labor-mobility', name: { original: 'en', text: { en: 'Labor Mobility' } } };

/** One message of each kind, with every optional part filled. */
const SAMPLES: { [K in MessageKind]: MessageData[K] } = {
  'registration.receipt': {
    registrationId: 'reg_1',
    receipt: 'LAD-7K3M-Q9P2',
    status: 'submitted',
    organization: 'Sant Kore Fanm Migran',
    event,
  },
  'registration.decision': {
    registrationId: 'reg_1',
    receipt: 'LAD-7K3M-Q9P2',
    decision: 'not_selected',
    reason: 'capacity',
    event,
  },
  'proposal.receipt': {
    proposalId: 'top_1',
    receipt: 'LAD-AAAA-BBBB',
    kind: 'agenda_topic',
    title: 'Documentos para las familias que regresan',
    target: { type: 'event', event },
  },
  'proposal.answer': {
    proposalId: 'pol_1',
    receipt: 'LAD-AAAA-BBBB',
    kind: 'policy',
    title: 'Visas de trabajo',
    status: 'answered',
    response: { original: 'es', text: { es: 'Gracias: lo veremos en la sesión.' } },
    respondedAt: '2026-03-10T12:00:00.000Z',
    target: { type: 'committee', committee },
  },
  'event.cancelled': { event, receipt: 'LAD-7K3M-Q9P2', reason: 'Tormenta tropical en la región' },
  'event.rescheduled': {
    event: { ...event, startsAt: '2026-04-09T14:00:00.000Z', endsAt: '2026-04-09T17:00:00.000Z' },
    previous: { startsAt: event.startsAt, endsAt: event.endsAt },
    receipt: 'LAD-7K3M-Q9P2',
  },
};
const KINDS = Object.keys(SAMPLES) as MessageKind[];

describe('every kind of message in every language', () => {
  for (const kind of KINDS) {
    test(kind, () => {
      const subjects = new Set<string>();
      for (const locale of CORE_LOCALES as readonly CoreLocale[]) {
        const m = renderMail(kind, locale, SAMPLES[kind] as never, 'https://lad.example.org');
        subjects.add(m.subject);
        for (const part of [m.subject, m.text, m.html]) {
          expect(part).not.toMatch(/undefined|null|\[object/);
        }
        // Plain text with the receipt, absolute links only, HTML in the message's language.
        expect(m.text).toContain('LAD-');
        const links = m.text.match(/\bhttps?:\/\/\S+/g) ?? [];
        for (const link of links) expect(link).toMatch(/^https:\/\/lad\.example\.org\/v1\//);
        // Every kind links somewhere, but a refusal (nothing to add to a calendar).
        if (kind !== 'registration.decision') expect(links.length).toBeGreaterThan(0);
        expect(m.html).toContain(`<html lang="${locale}">`);
        expect(m.html).not.toMatch(/href="(?!https:\/\/lad\.example\.org\/)/);
      }
      // Five languages, five different subjects.
      expect(subjects.size).toBe(5);
    });
  }

  test('Creole dates come from the SDK, never from the machine: month names in Kreyòl, 24-hour clock', () => {
    const m = renderMail(
      'registration.receipt',
      'ht',
      SAMPLES['registration.receipt'],
      'https://lad.example.org',
    );
    expect(m.text).toContain(`5 ${HT_MONTHS.long[2]} 2026`);
    expect(m.text).toContain('09:00');
    expect(m.text).toContain('lè Pòtoprens');
    expect(m.text).not.toMatch(/March|mars|marzo|AM|PM/);
  });

  test('French puts a narrow no-break space before colons', () => {
    const m = renderMail('event.cancelled', 'fr', SAMPLES['event.cancelled'], 'https://lad.example.org');
    expect(m.subject).toBe('Réunion annulée\u202F: Séance d’information trimestrielle');
    expect(m.text).toContain('Numéro de récépissé\u202F: LAD-7K3M-Q9P2');
    // The reason, as whoever cancelled it wrote it.
    expect(m.text).toContain('Motif\u202F: Tormenta tropical en la región');
  });

  test('a title missing in the reader’s language falls back, and the HTML says which language it is in', () => {
    const m = renderMail('event.cancelled', 'pt', SAMPLES['event.cancelled'], 'https://lad.example.org');
    expect(m.subject).toBe('Reunião cancelada: Sesión informativa trimestral');
    expect(m.html).toContain('<span lang="es">Sesión informativa trimestral</span>');
  });

  test('a public answer in another language says so; an unknown reason category reads as the general sentence', () => {
    const answer = renderMail('proposal.answer', 'ht', SAMPLES['proposal.answer'], 'https://lad.example.org');
    expect(answer.text).toContain('Repons lan poko disponib nan lang ou');
    expect(answer.text).toContain('Gracias: lo veremos en la sesión.');
    const decision = renderMail(
      'registration.decision',
      'en',
      { ...SAMPLES['registration.decision'], reason: 'something-new' },
      'https://lad.example.org',
    );
    expect(decision.text).toContain('Reason: Write to the secretariat');
  });

  test('text is escaped in HTML', () => {
    const m = renderMail(
      'proposal.receipt',
      'en',
      { ...SAMPLES['proposal.receipt'], title: '<script>alert(1)</script>' },
      'https://lad.example.org',
    );
    expect(m.html).not.toContain('<script>');
    expect(m.html).toContain('&lt;script&gt;');
  });
});

test('addresses are masked in lists and in error texts', () => {
  expect(maskAddress('ana.perez@example.org')).toBe('a•••@example.org');
  expect(maskAddress('ñu@example.org')).toBe('ñ•••@example.org');
  expect(maskAddresses('550 5.1.1 <ana@example.org>: Recipient address rejected')).toBe(
    '550 5.1.1 <a•••@example.org>: Recipient address rejected',
  );
});
