import type { ProposalDetail, ProposalQueue } from '@lad/sdk';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { bearer, client, createHarness, type Harness, T0 } from '../testing/harness.js';

// The committees' work on proposals (R5): queues, accept / merge / decline / answer, the answer's
// history with the time of each version, the scope of each role, the e-mail to each sender in
// their language, and what the public lists show.

let h: Harness;
let api: ReturnType<typeof client>;
let secretariat: string;
let labor: string;
let hosts: string;
let haiti: string;
beforeAll(async () => {
  h = await createHarness();
  api = client(h);
  secretariat = await h.token('secretariat');
  labor = await h.token('committee', 'labor-mobility');
  hosts = await h.token('committee', 'integration-host-communities');
  haiti = await h.token('country', 'HT');
});
afterAll(() => h?.close());
beforeEach(() => h.clock.set(T0));

const LABOR = 'cmte-labor-mobility';
const SESSION = 'demo-evt-integration-host-communities-1';
const key = () => `key-${Math.random().toString(36).slice(2)}`;
let n = 0;

/** Sends a written proposal to the labour-mobility committee through the public route. */
async function sendPolicy(locale: string, title: string, email = `sender${++n}@example.org`) {
  const response = await api.post(
    `/v1/committees/${LABOR}/proposals`,
    {
      title,
      body: `Body of ${title}`,
      locale,
      organization: { name: `Red ${n}`, country: 'CO' },
      contact: { name: `Private Person ${n}`, email },
      consent: true,
      listPublicly: true,
    },
    { 'idempotency-key': key() },
  );
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; receipt: string };
}

async function sendTopic(locale: string, title: string, email = `topic-sender${++n}@example.org`) {
  const response = await api.post(
    `/v1/events/${SESSION}/agenda-topics`,
    {
      title,
      summary: `Summary of ${title}`,
      locale,
      organization: { name: `Rezo ${n}`, country: 'HT' },
      contact: { name: `Private Topic ${n}`, email },
      consent: true,
    },
    { 'idempotency-key': key() },
  );
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; receipt: string };
}

const act = (id: string, action: string, body: unknown, token = labor) =>
  api.post(`/v1/proposal-queue/${id}/${action}`, body, bearer(token));
const detail = async (id: string, token = labor) =>
  api.json<ProposalDetail>(await api.get(`/v1/proposal-queue/${id}`, bearer(token)));
const outbox = async (prefix: string) =>
  h.db.kysely.selectFrom('outbox').selectAll().where('key', 'like', `${prefix}%`).orderBy('key').execute();
const text = (lang: string, words: string) => ({ original: lang, text: { [lang]: words } });
const publicPolicies = async () =>
  api.json<{ items: any[] }>(
    await api.get(`/v1/committees/${LABOR}/proposals?limit=100`, { 'cache-control': 'no-cache' }),
  );

describe('decisions and the public answer', () => {
  test('accept with an answer: published with its time, told to the sender in their language', async () => {
    const sent = await sendPolicy('pt', 'Reconhecimento de diplomas', 'ana.private@example.org');
    h.clock.advance(60_000);
    const answer = {
      original: 'en',
      text: { en: 'Accepted for the June session.', pt: 'Aceita para a sessão de junho.' },
    };
    const response = await act(sent.id, 'accept', { answer, basedOn: 0 });
    expect(response.status).toBe(200);
    const body = (await response.json()) as ProposalDetail;
    const at = new Date(T0.getTime() + 60_000).toISOString();
    expect(body).toMatchObject({
      status: 'accepted',
      response: { text: answer, respondedAt: at },
      answeredAt: at,
      answers: [{ version: 1, action: 'accept', status: 'accepted', text: answer, answeredAt: at }],
      contact: { email: 'ana.private@example.org' },
      target: { kind: 'committee', id: LABOR },
    });
    const [message, ...more] = await outbox(`proposal.answer:${sent.id}:`);
    expect(more).toEqual([]);
    expect(message).toMatchObject({
      key: `proposal.answer:${sent.id}:1`,
      kind: 'proposal.answer',
      to_address: 'ana.private@example.org',
      locale: 'pt',
      status: 'pending',
    });
    const data = JSON.parse(message?.data ?? '{}');
    expect(data).toMatchObject({
      proposalId: sent.id,
      receipt: sent.receipt,
      title: 'Reconhecimento de diplomas',
      status: 'accepted',
      // The sender's language, not the original English.
      response: { original: 'pt', text: { pt: 'Aceita para a sessão de junho.' } },
      respondedAt: at,
      target: { type: 'committee', committee: { id: LABOR } },
    });
    // Only this person's own data: never another sender's, never a name.
    expect(message?.data).not.toMatch(/Private Person|sender\d+@/);
  });

  test('a changed answer keeps the earlier one with its time; the public list shows the latest', async () => {
    const sent = await sendPolicy('es', 'Ventanilla para trabajadores temporales');
    const first = text('es', 'Lo veremos en la sesión.');
    const second = text('es', 'Lo veremos en la sesión de junio, con los ministerios de trabajo.');
    expect((await act(sent.id, 'answer', { answer: first })).status).toBe(200);
    h.clock.advance(3_600_000);
    const later = await act(sent.id, 'answer', { answer: second, basedOn: 1 });
    expect(later.status).toBe(200);
    const d = await detail(sent.id);
    expect(d.status).toBe('answered');
    expect(d.answers.map((a) => [a.version, a.text, a.answeredAt])).toEqual([
      [1, first, T0.toISOString()],
      [2, second, new Date(T0.getTime() + 3_600_000).toISOString()],
    ]);
    expect(d.answers.every((a) => a.answeredBy === 'test committee')).toBe(true);
    // Public: the latest answer in the list, every version in the history, no one's name.
    const mine = (await publicPolicies()).items.find((p) => p.id === sent.id);
    expect(mine.response).toEqual({
      text: second,
      respondedAt: new Date(T0.getTime() + 3_600_000).toISOString(),
    });
    const history = await api.json(await api.get(`/v1/proposal-answers/${sent.id}`));
    expect(history.items.map((a: any) => a.answeredAt)).toEqual([
      T0.toISOString(),
      new Date(T0.getTime() + 3_600_000).toISOString(),
    ]);
    expect(history.items[0]).not.toHaveProperty('answeredBy');
    // An answer written on an old version is refused, not written over the newer one.
    const stale = await act(sent.id, 'answer', { answer: text('es', 'Otra.'), basedOn: 1 });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ code: 'conflict', version: 2 });
    // Each version told the sender, once.
    expect((await outbox(`proposal.answer:${sent.id}:`)).map((m) => m.key)).toEqual([
      `proposal.answer:${sent.id}:1`,
      `proposal.answer:${sent.id}:2`,
    ]);
  });

  test('decline needs a reason from the list and the answer in words; both reach the sender', async () => {
    const sent = await sendPolicy('fr', 'Visas saisonniers');
    const missing = await act(sent.id, 'decline', { answer: text('fr', 'Hors du champ du comité.') });
    expect(missing.status).toBe(422);
    expect(JSON.stringify(await missing.json())).toContain('reason');
    const unknown = await act(sent.id, 'decline', { reason: 'bored', answer: text('fr', 'Non.') });
    expect(unknown.status).toBe(422);
    const declined = await act(sent.id, 'decline', {
      reason: 'out_of_scope',
      answer: text('fr', 'Hors du champ du comité : voyez le comité des visas.'),
    });
    expect(await declined.json()).toMatchObject({
      status: 'declined',
      declineReason: 'out_of_scope',
      answers: [{ action: 'decline', reason: 'out_of_scope' }],
    });
    // A new wording of the answer keeps the decline and its reason.
    const reworded = await act(sent.id, 'answer', { answer: text('fr', 'Hors du champ du comité.') });
    expect(await reworded.json()).toMatchObject({ status: 'declined', declineReason: 'out_of_scope' });
    const messages = await outbox(`proposal.answer:${sent.id}:`);
    expect(messages.map((m) => m.locale)).toEqual(['fr', 'fr']);
    expect(JSON.parse(messages[0]?.data ?? '{}')).toMatchObject({
      status: 'declined',
      reason: 'out_of_scope',
    });
    const mine = (await publicPolicies()).items.find((p) => p.id === sent.id);
    expect(mine).toMatchObject({
      status: 'declined',
      response: { text: text('fr', 'Hors du champ du comité.') },
    });
  });

  test('merge: the merged one points to the other, which lists it; both senders are told', async () => {
    const target = await sendPolicy('es', 'Visas de trabajo para jóvenes', 'target.private@example.org');
    const merged = await sendPolicy('ht', 'Viza travay pou jèn moun', 'merged.private@example.org');
    const note = text('en', 'Merged with the proposal on youth work visas.');
    const response = await act(merged.id, 'merge', { into: target.id, answer: note });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: 'merged',
      mergedInto: { id: target.id, title: 'Visas de trabajo para jóvenes', status: 'under_review' },
      answers: [{ action: 'merge', mergedInto: target.id }],
    });
    const joined = await detail(target.id);
    expect(joined.mergedFrom).toEqual([expect.objectContaining({ id: merged.id, status: 'merged' })]);
    expect(joined.status).toBe('under_review');
    const mine = await outbox(`proposal.answer:${merged.id}:`);
    expect(mine.map((m) => [m.key, m.to_address, m.locale])).toEqual([
      [`proposal.answer:${merged.id}:merged:${target.id}`, 'merged.private@example.org', 'ht'],
    ]);
    // The English note is all there is: sent in its own language, as written.
    expect(JSON.parse(mine[0]?.data ?? '{}')).toMatchObject({
      status: 'merged',
      mergedInto: { id: target.id, title: 'Visas de trabajo para jóvenes' },
      response: note,
    });
    const theirs = await outbox(`proposal.answer:${target.id}:`);
    expect(theirs.map((m) => [m.key, m.to_address, m.locale])).toEqual([
      [`proposal.answer:${target.id}:merged-from:${merged.id}`, 'target.private@example.org', 'es'],
    ]);
    expect(JSON.parse(theirs[0]?.data ?? '{}')).toMatchObject({
      mergedFrom: { id: merged.id, title: 'Viza travay pou jèn moun' },
    });
    for (const m of [...mine, ...theirs]) {
      const other = m.to_address === 'merged.private@example.org' ? 'target.private' : 'merged.private';
      expect(m.data).not.toContain(other);
    }
    // Rules of merging.
    expect((await act(target.id, 'merge', { into: target.id })).status).toBe(422);
    const chained = await act((await sendPolicy('es', 'Otra')).id, 'merge', { into: merged.id });
    expect(chained.status).toBe(409);
    const withChildren = await act(target.id, 'merge', { into: (await sendPolicy('es', 'Una más')).id });
    expect(withChildren.status).toBe(409);
    const topic = await sendTopic('ht', 'Yon sijè');
    const across = await act(target.id, 'merge', { into: topic.id }, secretariat);
    expect(across.status).toBe(422);
    expect((await act(target.id, 'merge', { into: 'nope' })).status).toBe(422);
  });
});

describe('queues and scope', () => {
  test('a committee coordinator works on their committee’s proposals and their events’ topics only', async () => {
    const policy = await sendPolicy('es', 'Solo para el comité de movilidad laboral');
    const topic = await sendTopic('ht', 'Sijè pou sesyon an');
    // Labour mobility: its proposal yes, another committee's event no.
    expect((await act(topic.id, 'accept', {}, labor)).status).toBe(403);
    expect((await api.get(`/v1/proposal-queue/${topic.id}`, bearer(labor))).status).toBe(403);
    // The host-communities committee: its event's topics yes, labour mobility's proposals no.
    expect((await act(policy.id, 'accept', {}, hosts)).status).toBe(403);
    expect((await act(topic.id, 'accept', {}, hosts)).status).toBe(200);
    // A country coordinator, and nobody, may not.
    expect((await act(policy.id, 'accept', {}, haiti)).status).toBe(403);
    expect((await api.get('/v1/proposal-queue', bearer(haiti))).status).toBe(403);
    expect((await api.post(`/v1/proposal-queue/${policy.id}/accept`, {})).status).toBe(401);
    expect((await api.get(`/v1/proposal-queue/nope`, bearer(secretariat))).status).toBe(404);
    // Refusals change nothing and tell no one.
    expect((await detail(policy.id)).answers).toEqual([]);
    expect(await outbox(`proposal.answer:${policy.id}:`)).toEqual([]);
    // The queues follow the same scope.
    const mine = await api.json<ProposalQueue>(await api.get('/v1/proposal-queue?limit=100', bearer(labor)));
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.every((p) => p.kind === 'policy' && p.target.id === LABOR)).toBe(true);
    const theirs = await api.json<ProposalQueue>(
      await api.get('/v1/proposal-queue?kind=agenda_topic&limit=100', bearer(hosts)),
    );
    expect(theirs.items.map((p) => p.id)).toContain(topic.id);
    expect(theirs.items.every((p) => p.kind === 'agenda_topic' && p.target.kind === 'event')).toBe(true);
    const denied = await api.json<ProposalQueue>(
      await api.get(`/v1/proposal-queue?committee=${LABOR}`, bearer(hosts)),
    );
    expect(denied.items).toEqual([]);
  });

  test('filters by kind, committee, event, status and words, with counts per status', async () => {
    const a = await sendPolicy('es', 'Contratos de temporada agrícola');
    await sendPolicy('es', 'Seguro de salud para temporeros');
    await act(a.id, 'accept', {});
    const all = await api.json<ProposalQueue>(
      await api.get(`/v1/proposal-queue?kind=policy&committee=${LABOR}&limit=100`, bearer(secretariat)),
    );
    const total = Object.values(all.counts).reduce((s, v) => s + v, 0);
    expect(total).toBe(all.items.length);
    expect(all.counts.accepted).toBe(all.items.filter((p) => p.status === 'accepted').length);
    const accepted = await api.json<ProposalQueue>(
      await api.get(`/v1/proposal-queue?committee=${LABOR}&status=accepted&limit=100`, bearer(secretariat)),
    );
    expect(accepted.items.map((p) => p.id)).toContain(a.id);
    expect(accepted.items.every((p) => p.status === 'accepted')).toBe(true);
    // Counts are for the kind, committee and event, whatever the status asked for.
    expect(accepted.counts).toEqual(all.counts);
    const words = await api.json<ProposalQueue>(
      await api.get(`/v1/proposal-queue?q=${encodeURIComponent('TEMPORADA')}`, bearer(labor)),
    );
    expect(words.items.map((p) => p.title)).toEqual(['Contratos de temporada agrícola']);
    const event = await api.json<ProposalQueue>(
      await api.get(`/v1/proposal-queue?event=${SESSION}&limit=100`, bearer(secretariat)),
    );
    expect(event.items.length).toBeGreaterThan(0);
    expect(event.items.every((p) => p.target.id === SESSION)).toBe(true);
    // Paging goes on where it stopped.
    const first = await api.json<ProposalQueue>(
      await api.get('/v1/proposal-queue?limit=2', bearer(secretariat)),
    );
    const next = await api.json<ProposalQueue>(
      await api.get(`/v1/proposal-queue?limit=2&cursor=${first.nextCursor}`, bearer(secretariat)),
    );
    expect(next.items[0]?.id).not.toBe(first.items[0]?.id);
    expect((await api.get('/v1/proposal-queue?cursor=zzz', bearer(secretariat))).status).toBe(400);
  });

  test('decisions are audited, without the sender’s personal data', async () => {
    const sent = await sendPolicy('es', 'Auditada', 'audited.private@example.org');
    await act(sent.id, 'decline', { reason: 'duplicate', answer: text('es', 'Ya está en la agenda.') });
    const entries = await h.db.kysely
      .selectFrom('audit')
      .selectAll()
      .where('entity_id', '=', sent.id)
      .execute();
    expect(entries.map((e) => e.action)).toEqual(['proposal.decline']);
    expect(entries[0]?.label).toBe('test committee');
    expect(JSON.stringify(entries)).not.toContain('audited.private');
  });
});

describe('what the public sees', () => {
  test('answers and statuses, never the sender’s contact nor receipt; an unknown or hidden one is 404', async () => {
    const sent = await sendPolicy('es', 'Pública', 'public.private@example.org');
    // Not yet taken up: hidden from the public history too (moderation).
    expect((await api.get(`/v1/proposal-answers/${sent.id}`)).status).toBe(404);
    await act(sent.id, 'answer', { answer: text('es', 'Respuesta pública.') });
    const list = await publicPolicies();
    const mine = list.items.find((p) => p.id === sent.id);
    expect(mine).toMatchObject({ status: 'answered', response: { text: text('es', 'Respuesta pública.') } });
    const history = await api.get(`/v1/proposal-answers/${sent.id}`);
    const everything = JSON.stringify(list) + (await history.text());
    expect(everything).not.toMatch(/public\.private|Private Person|sender\d+@/);
    expect(everything).not.toContain(sent.receipt);
    expect((await api.get('/v1/proposal-answers/nope')).status).toBe(404);
  });

  test('the older PATCH decisions are versions of the answer too', async () => {
    const sent = await sendPolicy('es', 'Por la ruta antigua');
    await api.patch(
      `/v1/proposals/${sent.id}`,
      { status: 'answered', response: text('es', 'Respuesta por PATCH.') },
      bearer(labor),
    );
    expect((await detail(sent.id)).answers).toEqual([
      expect.objectContaining({ version: 1, action: 'decide', text: text('es', 'Respuesta por PATCH.') }),
    ]);
  });
});
