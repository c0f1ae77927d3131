import { describe, expect, test } from 'vitest';
import * as z from 'zod/mini';
import {
  AgendaTopicProposalInput,
  Commitment,
  CommitmentInput,
  CommitmentQuery,
  CommitteeContact,
  CountryCode,
  EventInput,
  IndicatorInput,
  indicatorProgress,
  Locale,
  LocalizedText,
  Page,
  PolicyProposalInput,
  Problem,
  RegistrationInput,
  RegistrationReview,
  registrationStateAt,
  toFieldErrors,
  unansweredCriteria,
  validate,
} from '../src/index.js';
import * as samples from './samples.js';

type Schema = z.core.$ZodType;

/** The field errors a schema reports for `value`, as the API would send them. */
function errorsOf(schema: Schema, value: unknown) {
  const result = z.safeParse(schema, value);
  return result.success ? [] : toFieldErrors(result.error.issues, value);
}
function pathsOf(schema: Schema, value: unknown) {
  return errorsOf(schema, value).map((e) => e.path.join('.'));
}

describe('realistic input is accepted', () => {
  test.each([
    ['RegistrationInput', RegistrationInput, samples.registration()],
    ['AgendaTopicProposalInput', AgendaTopicProposalInput, samples.agendaTopic()],
    ['PolicyProposalInput', PolicyProposalInput, samples.policyProposal()],
    ['CommitmentInput', CommitmentInput, samples.commitment()],
    ['EventInput', EventInput, samples.event()],
  ] as const)('%s', (_name, schema, value) => {
    expect(errorsOf(schema, value)).toEqual([]);
  });

  test('Creole text with diacritics, HTML-looking text and emoji is kept exactly as typed', () => {
    const text = '  Pwopozisyon: <b>fanm</b> & timoun — «ann avanse» 🇭🇹  ';
    const parsed = z.parse(AgendaTopicProposalInput, { ...samples.agendaTopic(), title: text });
    expect(parsed.title).toBe(text.trim());
  });
});

describe('rules are enforced with the path of the offending field', () => {
  test('an event that ends before it starts', () => {
    const input = { ...samples.event(), endsAt: '2026-03-05T13:00:00-05:00' };
    expect(errorsOf(EventInput, input)).toMatchObject([{ path: ['endsAt'], code: 'end_before_start' }]);
  });

  test('a registration window that closes before it opens', () => {
    const e = samples.event();
    const input = { ...e, registration: { ...e.registration, closesAt: '2026-01-01T00:00:00Z' } };
    expect(pathsOf(EventInput, input)).toEqual(['registration.closesAt']);
  });

  test('a commitment due before it starts', () => {
    expect(pathsOf(CommitmentInput, { ...samples.commitment(), dueDate: '2024-12-31' })).toEqual(['dueDate']);
  });

  test('titles over 300 and bodies over 20,000 characters', () => {
    const title = 'a'.repeat(301);
    expect(errorsOf(AgendaTopicProposalInput, { ...samples.agendaTopic(), title })).toMatchObject([
      { path: ['title'], code: 'too_big', params: { maximum: 300 } },
    ]);
    expect(pathsOf(AgendaTopicProposalInput, { ...samples.agendaTopic(), title: 'a'.repeat(300) })).toEqual(
      [],
    );
    const body = 'é'.repeat(20_001);
    expect(pathsOf(PolicyProposalInput, { ...samples.policyProposal(), body })).toEqual(['body']);
  });

  test('an empty or blank title', () => {
    expect(pathsOf(AgendaTopicProposalInput, { ...samples.agendaTopic(), title: '   ' })).toEqual(['title']);
  });

  test('emails', () => {
    const r = samples.registration();
    for (const email of ['mirlande', 'mirlande@', 'a b@example.org', '']) {
      const input = { ...r, representative: { ...r.representative, email } };
      expect(pathsOf(RegistrationInput, input)).toEqual(['representative.email']);
    }
  });

  test('URLs: only http and https', () => {
    const r = samples.registration();
    for (const website of ['javascript:alert(1)', 'data:text/html,hi', 'ftp://example.org', 'korefanm.org']) {
      const input = { ...r, organization: { ...r.organization, website } };
      expect(pathsOf(RegistrationInput, input), website).toEqual(['organization.website']);
    }
  });

  test('ISO country codes: assigned, upper case, not a language tag', () => {
    expect(z.safeParse(CountryCode, 'HT').success).toBe(true);
    for (const code of ['ht', 'XX', 'HTI', 'UK', '']) {
      expect(z.safeParse(CountryCode, code).success, code).toBe(false);
    }
    expect(
      pathsOf(RegistrationInput, {
        ...samples.registration(),
        organization: { ...samples.registration().organization, country: 'ZZ' },
      }),
    ).toEqual(['organization.country']);
  });

  test('BCP 47 language tags', () => {
    for (const tag of ['ht', 'es-419', 'pt-BR', 'fr-HT', 'gcr'])
      expect(z.safeParse(Locale, tag).success, tag).toBe(true);
    for (const tag of ['', 'e', 'en_US', 'kreyòl', '123', 'en--US'])
      expect(z.safeParse(Locale, tag).success, tag).toBe(false);
  });

  test('unknown keys are rejected, each at its own path', () => {
    const r = samples.registration();
    const input = { ...r, admin: true, representative: { ...r.representative, isStaff: true } };
    expect(errorsOf(RegistrationInput, input)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: ['admin'], code: 'unrecognized_key' }),
        expect.objectContaining({ path: ['representative', 'isStaff'], code: 'unrecognized_key' }),
      ]),
    );
  });

  test('user text is plain text: control characters and broken UTF-16 are rejected', () => {
    for (const title of ['Bonjou\u0000', 'Bonjou\u001b[31m', 'Bonjou \ud800']) {
      expect(errorsOf(AgendaTopicProposalInput, { ...samples.agendaTopic(), title })).toMatchObject([
        { path: ['title'], code: 'plain_text' },
      ]);
    }
    expect(pathsOf(PolicyProposalInput, { ...samples.policyProposal(), body: 'Liy 1\nLiy 2\tTab' })).toEqual(
      [],
    );
  });

  test('consent is required, and "none of these" stands alone', () => {
    expect(pathsOf(RegistrationInput, { ...samples.registration(), consent: false })).toEqual(['consent']);
    const r = samples.registration();
    const input = { ...r, organization: { ...r.organization, ledBy: ['none', 'women'] } };
    expect(errorsOf(RegistrationInput, input)).toMatchObject([
      { path: ['organization', 'ledBy'], code: 'none_with_others' },
    ]);
  });

  test('declining an application needs a reason', () => {
    expect(errorsOf(RegistrationReview, { status: 'not_selected' })).toMatchObject([
      { path: ['reason'], code: 'reason_required' },
    ]);
    expect(pathsOf(RegistrationReview, { status: 'not_selected', reason: 'Kapasite plen' })).toEqual([]);
  });

  test('committee contact details only with consent', () => {
    const contact = {
      name: 'Ana Pérez',
      organization: 'Red Jesuita con Migrantes',
      role: 'cso_representative',
      country: 'CL',
      languages: ['es'],
      consentToPublish: false,
      contact: { email: 'ana@example.org' },
    };
    expect(pathsOf(CommitteeContact, contact)).toEqual(['contact']);
    expect(pathsOf(CommitteeContact, { ...contact, contact: null })).toEqual([]);
  });

  test('localized text must hold its original, which cannot be machine-made', () => {
    expect(pathsOf(LocalizedText, { original: 'ht', text: { fr: 'Bonjour' } })).toEqual(['text']);
    expect(
      pathsOf(LocalizedText, { original: 'ht', text: { ht: 'Bonjou' }, provenance: { ht: 'machine' } }),
    ).toEqual(['provenance']);
    expect(
      pathsOf(LocalizedText, {
        original: 'ht',
        text: { ht: 'Bonjou', es: 'Hola' },
        provenance: { es: 'machine' },
      }),
    ).toEqual([]);
  });
});

describe('queries, pages and problems', () => {
  test('query strings coerce the page size and bound it', () => {
    expect(z.parse(CommitmentQuery, { limit: '50', country: 'HT' })).toEqual({ limit: 50, country: 'HT' });
    expect(pathsOf(CommitmentQuery, { limit: '500' })).toEqual(['limit']);
    expect(pathsOf(CommitmentQuery, { limit: '2.5' })).toEqual(['limit']);
    expect(pathsOf(CommitmentQuery, { pillar: 'V' })).toEqual(['pillar']);
  });

  test('a page carries items and the next cursor', () => {
    const page = Page(Commitment);
    expect(z.safeParse(page, { items: [], nextCursor: null }).success).toBe(true);
    expect(z.safeParse(page, { items: [{}], nextCursor: null }).success).toBe(false);
  });

  test('problem details with field errors', () => {
    const problem = z.parse(Problem, {
      type: 'about:blank',
      title: 'Invalid input',
      status: 422,
      code: 'validation-failed',
      errors: [{ path: ['representative', 'email'], code: 'invalid_format', message: 'Invalid email' }],
    });
    expect(problem.errors?.[0]?.path).toEqual(['representative', 'email']);
  });
});

describe('helpers', () => {
  const window = {
    opensAt: '2026-01-15T00:00:00Z',
    closesAt: '2026-02-20T00:00:00Z',
    capacity: 2,
    seatsTaken: 0,
  };
  test('registration state over time and seats', () => {
    expect(registrationStateAt(window, new Date('2026-01-01'))).toBe('not_yet_open');
    expect(registrationStateAt(window, new Date('2026-02-01'))).toBe('open');
    expect(registrationStateAt({ ...window, seatsTaken: 2 }, new Date('2026-02-01'))).toBe('full');
    expect(registrationStateAt({ ...window, capacity: null, seatsTaken: 900 }, new Date('2026-02-01'))).toBe(
      'open',
    );
    expect(registrationStateAt(window, new Date('2026-02-20'))).toBe('closed');
  });

  test('indicator progress toward target, for rising and falling indicators', () => {
    expect(indicatorProgress({ baseline: 100, target: 200 }, 150)).toBe(0.5);
    expect(indicatorProgress({ baseline: 40, target: 10 }, 25)).toBe(0.5);
    expect(indicatorProgress({ baseline: 100, target: 200 }, 260)).toBe(1);
    expect(indicatorProgress({ baseline: null, target: 200 }, 150)).toBeNull();
  });
});

describe('field error codes: each one the README lists, produced by a real input', () => {
  const r = samples.registration();
  const at = (schema: Schema, value: unknown, path: string) =>
    errorsOf(schema, value).filter((e) => e.path.join('.') === path);

  test('required: a missing key, at its own path — never "unrecognized"', () => {
    expect(errorsOf(RegistrationInput, {})).toEqual([
      expect.objectContaining({ path: ['organization'], code: 'required' }),
      expect.objectContaining({ path: ['representative'], code: 'required' }),
      expect.objectContaining({ path: ['answers'], code: 'required' }),
      expect.objectContaining({ path: ['consent'], code: 'required' }),
    ]);
    const { email: _email, ...noEmail } = r.representative;
    expect(errorsOf(RegistrationInput, { ...r, representative: noEmail })).toEqual([
      { path: ['representative', 'email'], code: 'required', message: 'Required.' },
    ]);
  });

  test('required is known from the issues alone when zod reports the input', () => {
    const result = z.safeParse(RegistrationInput, {}, { reportInput: true });
    expect(result.success).toBe(false);
    expect(toFieldErrors(result.error?.issues ?? []).map((e) => e.code)).toEqual([
      'required',
      'required',
      'required',
      'required',
    ]);
  });

  test('invalid_type: present, but not the right type', () => {
    expect(at(RegistrationInput, { ...r, answers: 'yes' }, 'answers')).toMatchObject([
      { code: 'invalid_type', params: { expected: 'array' } },
    ]);
  });

  test('too_big and too_small, with their limits', () => {
    expect(
      at(
        RegistrationInput,
        { ...r, organization: { ...r.organization, name: 'x'.repeat(201) } },
        'organization.name',
      ),
    ).toMatchObject([{ code: 'too_big', params: { maximum: 200 } }]);
    expect(
      at(RegistrationInput, { ...r, organization: { ...r.organization, kinds: [] } }, 'organization.kinds'),
    ).toMatchObject([{ code: 'too_small', params: { minimum: 1 } }]);
  });

  test('invalid_format with its format: email, iso_date, iso_timestamp, integer, regex', () => {
    expect(
      at(
        RegistrationInput,
        { ...r, representative: { ...r.representative, email: 'no' } },
        'representative.email',
      ),
    ).toMatchObject([{ code: 'invalid_format', params: { format: 'email' } }]);
    expect(
      at(CommitmentInput, { ...samples.commitment(), announcedOn: '10/06/2022' }, 'announcedOn'),
    ).toMatchObject([{ code: 'invalid_format', params: { format: 'iso_date' } }]);
    expect(at(EventInput, { ...samples.event(), startsAt: '2026-03-05 14:00' }, 'startsAt')).toMatchObject([
      { code: 'invalid_format', params: { format: 'iso_timestamp' } },
    ]);
    expect(at(CommitmentQuery, { limit: 2.5 }, 'limit')).toMatchObject([
      { code: 'invalid_format', params: { format: 'integer' } },
    ]);
    // An identifier (`Id`) is checked by a pattern: a criterion id with spaces and `!`.
    expect(
      at(
        RegistrationInput,
        { ...r, answers: [{ criterionId: 'not an id!', answer: 'Wi' }] },
        'answers.0.criterionId',
      ),
    ).toMatchObject([{ code: 'invalid_format', params: { format: 'regex' } }]);
  });

  test('invalid_value: a choice outside the list, and consent not given', () => {
    expect(
      at(
        RegistrationInput,
        { ...r, organization: { ...r.organization, level: 'global' } },
        'organization.level',
      ),
    ).toMatchObject([{ code: 'invalid_value' }]);
    expect(at(RegistrationInput, { ...r, consent: false }, 'consent')).toMatchObject([
      { code: 'invalid_value' },
    ]);
  });

  test('unrecognized_key, http_url and a rule reason (country_code, language_tag, time_zone, plain_text)', () => {
    expect(at(RegistrationInput, { ...r, extra: 1 }, 'extra')).toMatchObject([{ code: 'unrecognized_key' }]);
    expect(
      at(
        RegistrationInput,
        { ...r, organization: { ...r.organization, website: 'javascript:alert(1)' } },
        'organization.website',
      ),
    ).toMatchObject([{ code: 'http_url' }]);
    expect(
      at(
        RegistrationInput,
        { ...r, organization: { ...r.organization, country: 'ht' } },
        'organization.country',
      ),
    ).toMatchObject([{ code: 'country_code' }]);
    expect(at(RegistrationInput, { ...r, locale: 'kreyòl' }, 'locale')).toMatchObject([
      { code: 'language_tag' },
    ]);
    expect(at(EventInput, { ...samples.event(), timeZone: 'Mars/Olympus' }, 'timeZone')).toMatchObject([
      { code: 'time_zone' },
    ]);
    expect(
      at(
        RegistrationInput,
        { ...r, organization: { ...r.organization, name: 'Sant\u0007' } },
        'organization.name',
      ),
    ).toMatchObject([{ code: 'plain_text' }]);
  });

  test('every field error has an English message, never zod’s bare "Invalid input"', () => {
    const errors = errorsOf(RegistrationInput, { extra: 1, consent: 'yes', answers: [{}] });
    expect(errors.length).toBeGreaterThan(3);
    for (const e of errors) expect(e.message).not.toBe('Invalid input');
  });
});

describe('required selection criteria: one rule for the form and the API', () => {
  const criteria = [
    { id: 'crit-1', required: true },
    { id: 'crit-2', required: true },
    { id: 'crit-3', required: false },
  ];

  test('each required criterion without an answer is `required` at its own path', () => {
    expect(unansweredCriteria(criteria, [])).toEqual([
      { path: ['answers', 'crit-1'], code: 'required', message: 'Answer this selection criterion.' },
      { path: ['answers', 'crit-2'], code: 'required', message: 'Answer this selection criterion.' },
    ]);
  });

  test('a blank answer does not count; optional criteria may be left out', () => {
    const first = { criterionId: 'crit-1', answer: 'Wi' };
    expect(
      unansweredCriteria(criteria, [first, { criterionId: 'crit-2', answer: ' \n ' }]).map((e) => e.path),
    ).toEqual([['answers', 'crit-2']]);
    expect(unansweredCriteria(criteria, [first, { criterionId: 'crit-2', answer: 'Non' }])).toEqual([]);
  });
});

describe('optional fields are optional', () => {
  test('an indicator baseline with a number only', () => {
    const input = {
      kind: 'quantitative',
      name: { original: 'en', text: { en: 'Children enrolled' } },
      baseline: { value: 100 },
      target: { value: 200, date: '2027-12-31' },
    };
    const result = z.safeParse(IndicatorInput, input);
    expect(result.success ? [] : toFieldErrors(result.error.issues, input)).toEqual([]);
    expect(result.data?.baseline).toEqual({ value: 100, text: null, date: null });
  });

  test.each(['quantitative', 'qualitative'] as const)(
    'a %s indicator with no baseline or target key at all',
    (kind) => {
      const input = { kind, name: { original: 'en', text: { en: 'Families reunited' } } };
      const result = validate(IndicatorInput, input);
      expect(result.success ? [] : result.errors).toEqual([]);
      expect(result.success && 'baseline' in result.data).toBe(false);
    },
  );

  test('a quantitative target given in words only still needs its number', () => {
    const input = {
      kind: 'quantitative',
      name: { original: 'en', text: { en: 'Families reunited' } },
      target: { text: { original: 'en', text: { en: 'Most of them' } } },
    };
    expect(errorsOf(IndicatorInput, input)).toMatchObject([
      { path: ['target'], code: 'quantitative_without_number' },
    ]);
  });
});
