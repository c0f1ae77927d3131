import type {
  Committee,
  CommitteeMember,
  CommitteeMemberInput,
  CommitteeRoster,
  RegionalMechanism,
  SecretariatMember,
  SecretariatSeat,
} from '@lad/sdk';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seed } from '../seed/index.js';
import { markSeeded } from '../seed/state.js';
import { bearer, client, createHarness, type Harness } from '../testing/harness.js';

// Committees' members, the secretariat and the mechanisms (R1, R4, R12), on SQLite and
// PostgreSQL: each detail of a person public only with its own consent, the scope of each role,
// an audit log that names what changed and never a person's details, and a seed that leaves what
// operators edited as they left it.

let h: Harness;
let api: ReturnType<typeof client>;
let secretariat: string;
let coordinator: string;
let otherCommittee: string;
let country: string;

const COMMITTEE = 'cmte-labor-mobility';
const PERSON = {
  name: 'Wideline Probe-Saintil',
  organization: 'Rezo Fanm Probe',
  email: 'wideline.bodies-probe@example.org',
  phone: '+509 3712 9911',
};

beforeAll(async () => {
  h = await createHarness({ logLevel: 'silent' });
  api = client(h);
  secretariat = await h.token('secretariat');
  coordinator = await h.token('committee', 'labor-mobility');
  otherCommittee = await h.token('committee', 'refugee-resettlement');
  country = await h.token('country', 'HT');
});
afterAll(() => h?.close());

const as = (token: string) => ({ ...bearer(token), 'content-type': 'application/json' });
const publicCommittee = async (id = COMMITTEE) =>
  (await api.json<{ items: Committee[] }>(await api.get('/v1/committees'))).items.find(
    (c) => c.id === id,
  ) as Committee;
const roster = async (token = coordinator, id = COMMITTEE) =>
  api.json<CommitteeRoster>(await api.get(`/v1/committees/${id}/members`, bearer(token)));
const auditOf = async (entityId: string) =>
  (
    await h.db.kysely
      .selectFrom('audit')
      .selectAll()
      .where('entity_id', '=', entityId)
      .orderBy('id')
      .execute()
  ).map((r) => ({ action: r.action, label: r.label, changes: JSON.parse(r.changes ?? 'null') }));

const csoRep = (consent: CommitteeMemberInput['consent']): CommitteeMemberInput => ({
  role: 'cso_representative',
  ...PERSON,
  country: 'HT',
  languages: ['ht', 'fr'],
  consent,
});

describe('committee members', () => {
  test('a coordinator adds a CSO representative: the public answer holds exactly the consented details', async () => {
    const before = await publicCommittee();
    const r = await api.post(
      `/v1/committees/${COMMITTEE}/members`,
      csoRep({
        name: { given: true, how: 'written_form' },
        email: { given: true, how: 'email', on: '2026-02-20' },
      }),
      bearer(coordinator),
    );
    expect(r.status).toBe(201);
    const added = await api.json<CommitteeMember>(r);
    expect(added.consent.email).toEqual({
      given: true,
      on: '2026-02-20',
      how: 'email',
      recordedAt: h.clock.now.toISOString(),
      recordedBy: { accountId: null, tokenId: expect.any(String), name: 'test committee' },
    });
    // Not sent: not given, nothing recorded.
    expect(added.consent.phone).toMatchObject({ given: false, how: null, recordedAt: null });
    // `on` defaults to the day it was recorded.
    expect(added.consent.name.on).toBe(h.clock.now.toISOString().slice(0, 10));

    const after = await publicCommittee();
    const shown = after.members?.find((m) => m.name === PERSON.name);
    expect(shown).toEqual({
      role: 'cso_representative',
      name: PERSON.name,
      organization: null,
      country: null,
      languages: [],
      contact: { email: PERSON.email },
    });
    // The members kept from before are still there, as they were shown.
    expect(after.members?.length).toBe((before.members?.length ?? 0) + 1);
    expect(after.coordinator).toEqual(before.coordinator);
    const everything = await (await api.get('/v1/committees')).text();
    for (const secret of [PERSON.phone, PERSON.organization]) expect(everything).not.toContain(secret);

    // The roster holds every detail, for the committee's coordinator.
    const full = (await roster()).members.find((m) => m.id === added.id);
    expect(full).toMatchObject({ ...PERSON, country: 'HT', languages: ['ht', 'fr'] });
  });

  test('each detail goes public with its own consent, and goes again when it is withdrawn', async () => {
    const { members } = await roster();
    const person = members.find((m) => m.name === PERSON.name) as CommitteeMember;
    const details = ['organization', 'phone', 'country', 'languages'] as const;
    const consent: NonNullable<CommitteeMemberInput['consent']> = {
      name: { given: true, how: 'written_form' },
      email: { given: true, how: 'email', on: '2026-02-20' },
    };
    for (const detail of details) {
      h.clock.advance(60_000);
      consent[detail] = { given: true, how: 'in_person' };
      const r = await api.put(
        `/v1/committees/${COMMITTEE}/members/${person.id}`,
        csoRep(consent),
        bearer(coordinator),
      );
      expect(r.status, detail).toBe(200);
      const shown = (await publicCommittee()).members?.find((m) => m.name === PERSON.name);
      expect(shown?.organization ?? null).toBe(
        details.indexOf('organization') <= details.indexOf(detail) ? PERSON.organization : null,
      );
      expect(shown?.contact?.phone ?? null).toBe(
        details.indexOf('phone') <= details.indexOf(detail) ? PERSON.phone : null,
      );
      expect(shown?.country ?? null).toBe(
        details.indexOf('country') <= details.indexOf(detail) ? 'HT' : null,
      );
    }
    // The email's consent, sent as it was each time, kept when and by whom it was recorded.
    const now = (await roster()).members.find((m) => m.id === person.id) as CommitteeMember;
    expect(now.consent.email.recordedAt).toBe(person.consent.email.recordedAt);
    expect(now.consent.languages.recordedAt).toBe(h.clock.now.toISOString());

    // Withdrawn: the name, the email and the phone go (the seat stays, unnamed).
    h.clock.advance(60_000);
    const { name: _n, email: _e, phone: _p, ...rest } = consent;
    expect(
      (
        await api.put(
          `/v1/committees/${COMMITTEE}/members/${person.id}`,
          csoRep({ ...rest, email: { given: false, how: 'email' } }),
          bearer(coordinator),
        )
      ).status,
    ).toBe(200);
    const answer = await (await api.get('/v1/committees')).text();
    for (const secret of [PERSON.name, PERSON.email, PERSON.phone]) expect(answer).not.toContain(secret);
    const seat = (await publicCommittee()).members?.find((m) => m.organization === PERSON.organization);
    expect(seat).toMatchObject({ role: 'cso_representative', name: null, contact: null, country: 'HT' });
    const stored = (await roster()).members.find((m) => m.id === person.id) as CommitteeMember;
    expect(stored.consent.email).toMatchObject({
      given: false,
      how: 'email',
      recordedAt: h.clock.now.toISOString(),
    });
    expect(stored.consent.name).toMatchObject({
      given: false,
      how: null,
      recordedAt: h.clock.now.toISOString(),
    });
  });

  test('a consent given must say how; bad details are refused at their field', async () => {
    const r = await api.post(
      `/v1/committees/${COMMITTEE}/members`,
      csoRep({ email: { given: true } }),
      bearer(coordinator),
    );
    expect(r.status).toBe(422);
    const problem = await api.json<{ errors: { path: (string | number)[]; code: string }[] }>(r);
    expect(problem.errors).toContainEqual(
      expect.objectContaining({ path: ['consent', 'email', 'how'], code: 'consent_how_required' }),
    );
    const bad = await api.post(
      `/v1/committees/${COMMITTEE}/members`,
      { role: 'cso_representative', name: 'X', email: 'not an email', country: 'Haiti' },
      bearer(coordinator),
    );
    expect(bad.status).toBe(422);
    const paths = (await api.json<{ errors: { path: string[] }[] }>(bad)).errors.map((e) => e.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['email', 'country']));
  });

  test('scope: only the secretariat and the committee’s own coordinator read or change its members', async () => {
    const body = csoRep({});
    const member = (await roster()).members[0] as CommitteeMember;
    const calls = [
      () => api.get(`/v1/committees/${COMMITTEE}/members`, bearer(otherCommittee)),
      () => api.post(`/v1/committees/${COMMITTEE}/members`, body, bearer(otherCommittee)),
      () => api.put(`/v1/committees/${COMMITTEE}/members/${member.id}`, body, bearer(otherCommittee)),
      () => api.post(`/v1/committees/${COMMITTEE}/members/${member.id}/remove`, {}, bearer(otherCommittee)),
    ];
    const count = (await roster(secretariat)).members.length;
    for (const call of calls) expect((await call()).status).toBe(403);
    expect((await api.post(`/v1/committees/${COMMITTEE}/members`, body, bearer(country))).status).toBe(403);
    expect((await api.post(`/v1/committees/${COMMITTEE}/members`, body)).status).toBe(401);
    // A refused change changed nothing.
    expect((await roster(secretariat)).members.length).toBe(count);
    expect((await api.get('/v1/committees/cmte-nowhere/members', bearer(secretariat))).status).toBe(404);
    expect(
      (await api.put(`/v1/committees/${COMMITTEE}/members/mbr_nobody`, body, bearer(coordinator))).status,
    ).toBe(404);
    // The secretariat reaches every committee.
    expect((await roster(secretariat, 'cmte-refugee-resettlement')).committeeId).toBe(
      'cmte-refugee-resettlement',
    );
  });

  test('a committee stored with one coordinator and one CSO representative is edited by member', async () => {
    const before = await publicCommittee('cmte-refugee-resettlement');
    const { members } = await roster(otherCommittee, 'cmte-refugee-resettlement');
    const old = members.find((m) => m.role === 'coordinator') as CommitteeMember;
    expect(old.id).toBe('cmte-refugee-resettlement.coordinator');
    // Read as members, the committee shows as it did.
    expect(before.coordinator?.name).toBe(old.name);
    const r = await api.post(
      `/v1/committees/cmte-refugee-resettlement/members/${old.id}/remove`,
      {},
      bearer(otherCommittee),
    );
    expect(r.status).toBe(200);
    expect((await api.json<CommitteeRoster>(r)).members.map((m) => m.id)).not.toContain(old.id);
    const after = await publicCommittee('cmte-refugee-resettlement');
    expect(after.coordinator).toBeNull();
    expect(after.csoRepresentative).toEqual(before.csoRepresentative);
    // A consent kept from before, sent back as it was, needs no `how`; a new or changed one does.
    const cso = members.find((m) => m.role === 'cso_representative') as CommitteeMember;
    const { id: _id, consent, updatedAt: _u, ...details } = cso;
    const resent = Object.fromEntries(
      Object.entries(consent).map(([d, c]) => [d, { given: c.given, how: c.how, on: c.on }]),
    );
    const path = `/v1/committees/cmte-refugee-resettlement/members/${cso.id}`;
    expect((await api.put(path, { ...details, consent: resent }, bearer(otherCommittee))).status).toBe(200);
    expect((await publicCommittee('cmte-refugee-resettlement')).csoRepresentative).toEqual(
      before.csoRepresentative,
    );
    const refused = await api.put(
      path,
      { ...details, consent: { ...resent, name: { given: true, on: '2026-01-05' } } },
      bearer(otherCommittee),
    );
    expect(refused.status).toBe(422);
  });

  test('two members added at once are both kept', async () => {
    const count = (await roster()).members.length;
    const statuses = await Promise.all(
      ['Ana Concurrent', 'Luis Concurrent'].map(
        async (name) =>
          (
            await api.post(
              `/v1/committees/${COMMITTEE}/members`,
              { role: 'coordinator', name, consent: { name: { given: true, how: 'email' } } },
              bearer(secretariat),
            )
          ).status,
      ),
    );
    expect(statuses).toEqual([201, 201]);
    const names = (await roster()).members.map((m) => m.name);
    expect(names.length).toBe(count + 2);
    expect(names).toEqual(expect.arrayContaining(['Ana Concurrent', 'Luis Concurrent']));
  });

  test('the audit log says who changed which detail and consent, never a value', async () => {
    const entries = await auditOf(COMMITTEE);
    expect(entries.map((e) => e.action)).toEqual(
      expect.arrayContaining(['committee.member.add', 'committee.member.update']),
    );
    const add = entries.find((e) => e.action === 'committee.member.add');
    expect(add?.label).toBe('test committee');
    expect(add?.changes).toMatchObject({
      email: { from: false, to: true },
      phone: { from: false, to: true },
      'consent.email': { from: null, to: { given: true, how: 'email', on: '2026-02-20' } },
    });
    const text = JSON.stringify(await h.db.kysely.selectFrom('audit').selectAll().execute());
    for (const secret of [...Object.values(PERSON), '3712 9911', 'bodies-probe'])
      expect(text).not.toContain(secret);
  });
});

describe('the secretariat', () => {
  const seats = async () =>
    (
      await api.json<{ items: SecretariatSeat[] }>(
        await api.get('/v1/secretariat/members', bearer(secretariat)),
      )
    ).items;
  const listed = async () =>
    (await api.json<{ items: SecretariatMember[] }>(await api.get('/v1/secretariat'))).items;

  test('CSO seats are added, edited and removed; a member is listed once they consent to name and organisation', async () => {
    const publicBefore = await listed();
    // The members stored before consent was kept per detail are listed as before.
    expect(publicBefore.map((m) => m.id)).toContain('demo-sec-oas');
    const r = await api.post(
      '/v1/secretariat/members',
      {
        csoSeat: true,
        ...PERSON,
        consent: {
          name: { given: true, how: 'written_form' },
          organization: { given: true, how: 'written_form' },
        },
      },
      bearer(secretariat),
    );
    expect(r.status).toBe(201);
    const seat = await api.json<SecretariatSeat>(r);
    expect(seat.role.text.en).toBe('Civil-society seat');
    expect(seat.role.text.ht).toBe('Plas sosyete sivil la');
    const shown = (await listed()).find((m) => m.id === seat.id);
    expect(shown).toEqual({
      id: seat.id,
      name: PERSON.name,
      organization: PERSON.organization,
      role: seat.role,
      csoSeat: true,
      country: null,
      contact: null,
    });
    // The email once consented; the whole member gone once the name is withdrawn.
    const put = (consent: Record<string, unknown>) =>
      api.put(
        `/v1/secretariat/members/${seat.id}`,
        { csoSeat: true, ...PERSON, consent },
        bearer(secretariat),
      );
    const named = {
      name: { given: true, how: 'written_form' },
      organization: { given: true, how: 'written_form' },
    };
    expect((await put({ ...named, email: { given: true, how: 'email' } })).status).toBe(200);
    expect((await listed()).find((m) => m.id === seat.id)?.contact).toEqual({ email: PERSON.email });
    expect(
      (await put({ organization: named.organization, email: { given: true, how: 'email' } })).status,
    ).toBe(200);
    expect((await listed()).map((m) => m.id)).not.toContain(seat.id);
    expect(JSON.stringify(await listed())).not.toContain(PERSON.email);
    expect((await seats()).find((m) => m.id === seat.id)?.email).toBe(PERSON.email);
    // Removed.
    const removed = await api.post(`/v1/secretariat/members/${seat.id}/remove`, {}, bearer(secretariat));
    expect(removed.status).toBe(200);
    expect((await seats()).map((m) => m.id)).not.toContain(seat.id);
    const entries = await auditOf(seat.id);
    expect(entries.map((e) => e.action)).toEqual([
      'secretariat.member.add',
      'secretariat.member.update',
      'secretariat.member.update',
      'secretariat.member.remove',
    ]);
    const text = JSON.stringify(entries);
    for (const secret of Object.values(PERSON)) expect(text).not.toContain(secret);
  });

  test('only the secretariat manages it', async () => {
    for (const token of [coordinator, country]) {
      expect((await api.get('/v1/secretariat/members', bearer(token))).status).toBe(403);
      expect(
        (await api.post('/v1/secretariat/members', { csoSeat: false, name: 'X' }, bearer(token))).status,
      ).toBe(403);
    }
    expect(
      (await api.put('/v1/secretariat/members/nobody', { csoSeat: false, name: 'X' }, bearer(secretariat)))
        .status,
    ).toBe(404);
  });
});

describe('regional mechanisms', () => {
  test('the secretariat changes a mechanism’s members; the public list and the audit follow', async () => {
    const mechanisms = async () =>
      (await api.json<{ items: RegionalMechanism[] }>(await api.get('/v1/mechanisms'))).items;
    const crm = (await mechanisms()).find((m) => m.id === 'crm') as RegionalMechanism;
    const members = [...(crm.members ?? []), 'JM'].filter((c, i, a) => a.indexOf(c) === i);
    expect(
      (await api.patch('/v1/mechanisms/crm', { members, membersAsOf: null }, as(coordinator))).status,
    ).toBe(403);
    const r = await api.patch(
      '/v1/mechanisms/crm',
      { members, membersAsOf: null, note: 'Checked with the CRM secretariat.' },
      bearer(secretariat),
    );
    expect(r.status).toBe(200);
    const after = (await mechanisms()).find((m) => m.id === 'crm') as RegionalMechanism;
    expect(after.members).toEqual(members);
    expect(after.membersAsOf).toBeUndefined();
    expect(after.note).toBe('Checked with the CRM secretariat.');
    expect(after.sources).toEqual(crm.sources);
    const [entry] = await auditOf('crm');
    expect(entry?.action).toBe('mechanism.update');
    expect(entry?.changes.members.to).toEqual(members);
    expect((await api.patch('/v1/mechanisms/nowhere', { note: null }, bearer(secretariat))).status).toBe(404);
    expect((await api.patch('/v1/mechanisms/crm', { members: ['Mexico'] }, bearer(secretariat))).status).toBe(
      422,
    );
  });
});

describe('the seed', () => {
  test('run again, it keeps the members, the secretariat and the mechanisms operators edited', async () => {
    const committees = await api.get('/v1/committees');
    const before = {
      committees: await committees.text(),
      roster: await roster(secretariat),
      secretariat: await (await api.get('/v1/secretariat/members', bearer(secretariat))).text(),
      mechanisms: await (await api.get('/v1/mechanisms')).text(),
    };
    const { report } = await seed(h.db.kysely, { demo: true, now: h.clock.now });
    expect(report.skipped).toContainEqual({ kind: 'reference:mechanism', id: 'crm', reason: 'edited' });
    expect(await (await api.get('/v1/committees')).text()).toBe(before.committees);
    expect(await roster(secretariat)).toEqual(before.roster);
    expect(await (await api.get('/v1/secretariat/members', bearer(secretariat))).text()).toBe(
      before.secretariat,
    );
    expect(await (await api.get('/v1/mechanisms')).text()).toBe(before.mechanisms);

    // A later release that changes a committee's facts updates them and keeps its members.
    const stored = await h.db.kysely
      .selectFrom('reference')
      .select('data')
      .where('kind', '=', 'committee')
      .where('id', '=', COMMITTEE)
      .executeTakeFirstOrThrow();
    const data = JSON.parse(stored.data) as Committee & { members: CommitteeMember[] };
    const older = { ...data, acceptsProposals: false };
    await h.db.kysely
      .updateTable('reference')
      .set({ data: JSON.stringify(older) })
      .where('kind', '=', 'committee')
      .where('id', '=', COMMITTEE)
      .execute();
    const facts = ({ id, actionPackageId, name, countries, acceptsProposals }: Committee) => ({
      id,
      actionPackageId,
      name,
      countries,
      acceptsProposals,
    });
    await markSeeded(h.db.kysely, 'reference:committee', COMMITTEE, facts(older), h.clock.now);
    const again = await seed(h.db.kysely, { demo: true, now: h.clock.now });
    expect(again.report.updated).toBeGreaterThanOrEqual(1);
    expect((await publicCommittee()).acceptsProposals).toBe(true);
    expect(await roster(secretariat)).toEqual(before.roster);
  });
});

test('the OpenAPI document lists the write endpoints with their access', async () => {
  const doc = await api.json<{ paths: Record<string, Record<string, unknown>> }>(
    await api.get('/v1/openapi.json'),
  );
  for (const [path, method] of [
    ['/v1/committees/{id}/members', 'get'],
    ['/v1/committees/{id}/members', 'post'],
    ['/v1/committees/{id}/members/{memberId}', 'put'],
    ['/v1/committees/{id}/members/{memberId}/remove', 'post'],
    ['/v1/secretariat/members', 'post'],
    ['/v1/secretariat/members/{id}', 'put'],
    ['/v1/secretariat/members/{id}/remove', 'post'],
    ['/v1/mechanisms/{id}', 'patch'],
  ] as const)
    expect(doc.paths[path]?.[method], `${method} ${path}`).toBeDefined();
});
