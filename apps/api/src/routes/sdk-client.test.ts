import {
  applyImportJob,
  createLadClient,
  createLadTransport,
  getImportJob,
  isLadApiError,
  iterateAgendaTopics,
  iterateEvents,
  iteratePolicyProposals,
  type LadClient,
  listAgendaTopics,
  listEvents,
  listPolicyProposals,
  startImport,
} from '@lad/sdk';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { settleImportJobs } from '../imports/jobs.js';
import { createHarness, type Harness, T0 } from '../testing/harness.js';

// The published SDK against the real API: its fetch is wired to app.request, so every schema
// the client parses is the one the server sends.
let h: Harness;
let lad: LadClient;
beforeAll(async () => {
  h = await createHarness();
  const fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
    h.app.request(input instanceof Request ? input : String(input), init)) as typeof globalThis.fetch;
  lad = createLadClient({ baseUrl: 'http://lad.test', fetch, retry: { limit: 2, delay: () => 1 } });
});
afterAll(async () => {
  await settleImportJobs(h.deps);
  await h?.close();
});

describe('@lad/sdk against the API', () => {
  test('every public read parses with its schema', async () => {
    const page = await lad.commitments.list({ country: 'CA', limit: 5 });
    expect(page.items.length).toBeGreaterThan(0);
    await expect(lad.commitments.get(page.items[0]!.id)).resolves.toMatchObject({ country: 'CA' });
    await expect(lad.progress.summary({ groupBy: 'mechanism' })).resolves.toMatchObject({
      groupBy: 'mechanism',
    });
    expect(await lad.countries.list()).toHaveLength((await lad.countries.list()).length);
    expect((await lad.pillars.list()).map((p) => p.id)).toEqual(['I', 'II', 'III', 'IV']);
    expect(await lad.actionPackages.list()).toHaveLength(11);
    expect(await lad.committees.list()).toHaveLength(11);
    expect((await lad.mechanisms.list()).length).toBe(8);
    expect((await lad.secretariat.list()).length).toBeGreaterThan(0);
    await expect(lad.translations.completeness()).resolves.toMatchObject({
      locales: ['es', 'en', 'pt', 'fr', 'ht'],
    });
    const events = await lad.events.list({ kind: 'high_level_meeting' });
    const past = events.items.find((e) => e.registration?.state === 'closed')!;
    await expect(lad.registrations.selectionReport(past.id)).resolves.toMatchObject({ eventId: past.id });
    const withIndicator = (await lad.commitments.list({ limit: 100 })).items.find(
      (c) => c.indicatorIds.length,
    )!;
    await expect(lad.indicators.get(withIndicator.indicatorIds[0]!)).resolves.toMatchObject({
      commitmentId: withIndicator.id,
    });
    await expect(
      lad.proposals.listAgendaTopics('demo-evt-integration-host-communities-1'),
    ).resolves.toMatchObject({ items: expect.any(Array) });
    await expect(lad.proposals.listPolicy('cmte-integration-host-communities')).resolves.toMatchObject({
      items: expect.any(Array),
    });
  });

  test('iterate walks every commitment page by page', async () => {
    let n = 0;
    for await (const _ of lad.commitments.iterate({ limit: 25 })) n++;
    const total = await h.db.kysely
      .selectFrom('commitments')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(n).toBe(Number(total.n));
  });

  test('every other cursor-paged list iterates page by page: events, proposals, registrations, audit', async () => {
    const ids = async (items: AsyncIterable<{ id: string }>) => {
      const found: string[] = [];
      for await (const item of items) found.push(item.id);
      return found;
    };
    // The query strings the API got, to see that the walks took several pages.
    const asked: string[] = [];
    const fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      const request = input instanceof Request ? input : new Request(String(input), init);
      asked.push(new URL(request.url).search);
      return h.app.request(request);
    }) as typeof globalThis.fetch;
    const t = createLadTransport({ baseUrl: 'http://lad.test', fetch });
    const curator = createLadClient({
      baseUrl: 'http://lad.test',
      token: await h.token('secretariat'),
      fetch,
    });

    const events = await listEvents(t, { kind: 'information_session', limit: 100 });
    expect(events.nextCursor).toBeNull();
    expect(events.items.length).toBeGreaterThan(3);
    const eventIds = events.items.map((e) => e.id);
    expect(await ids(iterateEvents(t, { kind: 'information_session', limit: 3 }))).toEqual(eventIds);
    expect(await ids(lad.events.iterate({ kind: 'information_session', limit: 3 }))).toEqual(eventIds);
    expect(asked.filter((q) => /kind=information_session&limit=3&cursor=/.test(q)).length).toBeGreaterThan(1);

    // The seeded topics and proposals: some only received, so not public yet. Curators see all.
    const topicRecords = [];
    for await (const r of curator.proposals.iterateAgendaTopicRecords({ limit: 1 })) topicRecords.push(r);
    const policyRecords = [];
    for await (const r of curator.proposals.iteratePolicyRecords({ limit: 1 })) policyRecords.push(r);
    expect(topicRecords.length).toBeGreaterThan(1);
    expect(policyRecords.length).toBeGreaterThan(1);
    const session = topicRecords[0]!.eventId;
    const committee = policyRecords[0]!.committeeId;
    // A second proposal to that committee, so its public list has two pages of one.
    const sent = await lad.proposals.submitPolicy(committee, {
      title: 'Guía de acogida para municipios fronterizos',
      body: 'Proponemos una guía práctica para los municipios que acogen a personas migrantes.',
      locale: 'es',
      organization: { name: 'Red Jesuita con Migrantes', country: 'CL' },
      contact: { name: 'Ana Pérez', email: 'ana@example.org' },
      consent: true,
      signals: { startedAt: new Date(T0.getTime() - 60_000).toISOString() },
    });
    for (const r of [...topicRecords, ...policyRecords, { ...sent, committeeId: committee }]) {
      if (r.status !== 'received') continue;
      if ('eventId' in r) await curator.proposals.decideAgendaTopic(r.id, { status: 'under_review' });
      else await curator.proposals.decidePolicy(r.id, { status: 'under_review' });
    }
    const topics = (await listAgendaTopics(t, session, { limit: 100 })).items.map((p) => p.id);
    expect(topics).toEqual(topicRecords.filter((r) => r.eventId === session).map((r) => r.id));
    expect(topics.length).toBeGreaterThan(1);
    expect(await ids(iterateAgendaTopics(t, session, { limit: 1 }))).toEqual(topics);
    expect(await ids(lad.proposals.iterateAgendaTopics(session, { limit: 1 }))).toEqual(topics);
    const policies = (await listPolicyProposals(t, committee, { limit: 100 })).items.map((p) => p.id);
    expect(policies).toHaveLength(2);
    expect(policies).toContain(sent.id);
    expect(await ids(iteratePolicyProposals(t, committee, { limit: 1 }))).toEqual(policies);
    expect(await ids(lad.proposals.iteratePolicy(committee, { limit: 1 }))).toEqual(policies);

    const registrations = (await curator.registrations.list({ limit: 100 })).items.map((r) => r.id);
    expect(registrations.length).toBeGreaterThan(2);
    expect(await ids(curator.registrations.iterate({ limit: 2 }))).toEqual(registrations);
    const audit = (await curator.audit.list({ limit: 100 })).items.map((e) => e.id);
    expect(audit.length).toBeGreaterThan(2);
    expect(await ids(curator.audit.iterate({ limit: 2 }))).toEqual(audit);

    // Breaking out of the loop stops the requests: one page asked, not the next.
    const before = asked.length;
    for await (const _ of iterateEvents(t, { limit: 2 })) break;
    expect(asked.length - before).toBe(1);
  });

  test('public writes: a receipt; a retry with the same key replays it', async () => {
    const events = await lad.events.list({ kind: 'high_level_meeting' });
    const open = events.items.find((e) => e.registration?.state === 'open')!;
    const input = {
      organization: {
        name: 'Red Jesuita con Migrantes',
        country: 'CL',
        level: 'regional' as const,
        kinds: ['advocacy' as const],
        ledBy: ['none' as const],
      },
      representative: { name: 'Ana Pérez', email: 'ana@example.org' },
      answers: [{ criterionId: 'crit-1', answer: 'Trabajamos en 12 países.' }],
      consent: true as const,
      signals: { startedAt: new Date(T0.getTime() - 60_000).toISOString() },
    };
    const first = await lad.registrations.submit(open.id, input, { idempotencyKey: 'draft-1' });
    const again = await lad.registrations.submit(open.id, input, { idempotencyKey: 'draft-1' });
    expect(again).toEqual(first);
    const error = await lad.registrations
      .submit(open.id, { ...input, consent: false as unknown as true })
      .catch((e) => e);
    expect(isLadApiError(error) && error.fieldErrors[0]?.path).toEqual(['consent']);
  });

  test('curation with a token', async () => {
    const token = await h.token('secretariat');
    const curator = createLadClient({
      baseUrl: 'http://lad.test',
      token,
      fetch: ((input: RequestInfo | URL, init?: RequestInit) =>
        h.app.request(input instanceof Request ? input : String(input), init)) as typeof globalThis.fetch,
    });
    const created = await curator.commitments.create({
      country: 'BR',
      pillar: 'I',
      status: 'limited',
      title: { original: 'pt', text: { pt: 'Interiorização voluntária de migrantes' } },
    });
    expect(created.country).toBe('BR');
    const audit = await curator.audit.list({ limit: 1 });
    expect(audit.items[0]).toMatchObject({ action: 'commitment.create', entity: { id: created.id } });
    const result = await curator.commitments.importMatrix(
      'externalId,country,pillar,title_pt\nBR-9,BR,II,Vistos humanitários\n',
      { dryRun: true },
    );
    expect(result).toMatchObject({ dryRun: true, created: 1 });
    const error = await lad.commitments
      .create({ country: 'BR', pillar: 'I', status: 'limited', title: created.title })
      .catch((e) => e);
    expect(error).toMatchObject({ name: 'LadApiError', status: 401, code: 'unauthorized' });
  });

  test('import jobs: started, followed, applied and listed through the client', async () => {
    const fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
      h.app.request(
        input instanceof Request ? input : new Request(String(input), init),
      )) as typeof globalThis.fetch;
    const t = createLadTransport({ baseUrl: 'http://lad.test', token: await h.token('secretariat'), fetch });
    const csv = 'externalId,country,pillar,status,title_pt\nBR-JOB-1,BR,II,limited,Vistos humanitários\n';
    const started = await startImport(t, 'commitments', csv, { filename: 'brasil.csv' });
    expect(started).toMatchObject({ status: 'checking', fileName: 'brasil.csv', format: 'csv' });
    await settleImportJobs(h.deps);
    const checked = await getImportJob(t, started.id);
    expect(checked.status).toBe('checked');
    expect(checked.result?.changes[0]).toMatchObject({
      externalId: 'BR-JOB-1',
      action: 'create',
      label: 'Vistos humanitários',
      diff: { status: { to: 'limited' } },
    });
    await expect(applyImportJob(t, started.id)).resolves.toMatchObject({ status: 'applying' });
    await settleImportJobs(h.deps);
    const curator = createLadClient({
      baseUrl: 'http://lad.test',
      token: await h.token('secretariat'),
      fetch,
    });
    await expect(curator.imports.get(started.id)).rejects.toMatchObject({ status: 404, code: 'not-found' });
    expect((await getImportJob(t, started.id)).result).toMatchObject({ dryRun: false, created: 1 });
    const error = await applyImportJob(t, started.id).catch((e) => e);
    expect(error).toMatchObject({ name: 'LadApiError', status: 409, code: 'conflict' });
    expect(
      (await lad.commitments.list({ country: 'BR', limit: 100 })).items.map((c) => c.externalId),
    ).toContain('BR-JOB-1');
  });
});
