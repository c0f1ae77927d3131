import {
  type CoreLocale,
  createLadTransport,
  type Event,
  formatDate,
  type OutboxMessage,
  type OutboxPage,
  outboxClient,
  type Page,
  pickText,
  type RegistrationInput,
} from '@lad/sdk';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { claimDue, markSent } from '../store/outbox.js';
import { bearer, client, createHarness, type Harness, T0 } from '../testing/harness.js';
import { deliverAll, startTestSmtp, type TestSmtp } from './testing.js';
import { LEASE_MS, startMailWorker } from './worker.js';

const BASE = 'https://lad.example.org';

let h: Harness;
let api: ReturnType<typeof client>;
let secretariat: string;
let open: Event;
let smtp: TestSmtp | null = null;

beforeAll(async () => {
  h = await createHarness({ publicUrl: BASE, mailFrom: 'LAD <no-reply@lad.example.org>' });
  api = client(h);
  secretariat = await h.token('secretariat');
  const all: Event[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<Event> = await api.json(
      await api.get(`/v1/events?limit=100${cursor ? `&cursor=${cursor}` : ''}`),
    );
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  open = all.find((e) => e.kind === 'high_level_meeting' && e.registration?.state === 'open') as Event;
});
afterAll(() => h?.close());
beforeEach(async () => {
  h.clock.set(T0);
  // Each test starts with an empty outbox: what it finds is what it sent.
  await h.db.kysely.deleteFrom('outbox').execute();
});
afterEach(async () => {
  await smtp?.stop();
  smtp = null;
});

let n = 0;
/** A registration by a person of its own organisation, writing in `locale`. */
function registration(locale: CoreLocale | undefined, extra: Partial<RegistrationInput> = {}) {
  n++;
  return {
    organization: {
      name: `Organisation ${n} ${locale ?? ''}`,
      country: 'HT',
      level: 'national',
      kinds: ['service_provider'],
      ledBy: ['women'],
    },
    representative: {
      name: `Person ${n} Secretname`,
      email: `person${n}@org${n}.example.org`,
      languages: [],
    },
    answers: [{ criterionId: 'crit-1', answer: `Answer ${n}` }],
    consent: true,
    ...(locale ? { locale } : {}),
    signals: { startedAt: new Date(T0.getTime() - 5 * 60_000).toISOString(), trap: '' },
    ...extra,
  } satisfies RegistrationInput;
}
const key = () => `key-${Math.random().toString(36).slice(2)}`;
async function register(body: RegistrationInput, k = key()) {
  const response = await api.post(`/v1/events/${open.id}/registrations`, body, { 'idempotency-key': k });
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; receipt: string };
}
const outbox = () => h.db.kysely.selectFrom('outbox').selectAll().orderBy('created_at').execute();
const list = async (query = '') =>
  api.json<OutboxPage>(await api.get(`/v1/outbox${query}`, bearer(secretariat)));

const SUBJECTS: Record<CoreLocale, string> = {
  es: 'Solicitud recibida',
  en: 'Application received',
  pt: 'Inscrição recebida',
  fr: 'Candidature reçue\u202F',
  ht: 'Nou resevwa aplikasyon an',
};

describe('receipts', () => {
  test('a registration’s receipt arrives in the language the person used (all five), with a plain-text part, absolute links and no one else’s data', async () => {
    smtp = await startTestSmtp();
    const sent = [];
    for (const locale of ['es', 'en', 'pt', 'fr', 'ht'] as const) {
      const body = registration(locale);
      sent.push({ locale, body, receipt: await register(body) });
    }
    expect(await deliverAll(h.deps, smtp.url)).toEqual({ sent: 5, retrying: 0, failed: 0 });
    const mails = smtp.messages();
    expect(mails).toHaveLength(5);
    for (const { locale, body, receipt } of sent) {
      const email = body.representative.email;
      const mail = mails.find((m) => m.envelopeTo.includes(email));
      expect(mail, locale).toBeDefined();
      if (!mail) continue;
      expect(mail.envelopeTo).toEqual([email]);
      expect(mail.to).toEqual([email]);
      expect(mail.from).toContain('no-reply@lad.example.org');
      expect(mail.subject).toBe(`${SUBJECTS[locale]}: ${pickText(open.title, locale).text}`);
      expect(mail.header('content-language')).toBe(locale);
      expect(mail.header('auto-submitted')).toBe('auto-generated');
      expect(mail.messageId).toMatch(/^<msg_[a-z0-9]+@lad\.example\.org>$/);
      // The plain-text part: the receipt, the organisation, the meeting's day in the person's language.
      expect(mail.text).toBeDefined();
      const text = mail.text ?? '';
      expect(text).toContain(receipt.receipt);
      expect(text).toContain(body.organization.name);
      expect(text).toContain(
        formatDate(open.startsAt, locale, { dateStyle: 'full', timeZone: open.timeZone }).split(',')[0],
      );
      // Absolute links only, from LAD_PUBLIC_URL.
      const links = text.match(/\bhttps?:\/\/\S+/g) ?? [];
      expect(links).toContain(`${BASE}/v1/events/${open.id}.ics`);
      // Ours are built from LAD_PUBLIC_URL; the meeting's own online link is a public fact.
      for (const link of links.filter((l) => l !== open.onlineUrl))
        expect(link.startsWith(`${BASE}/`)).toBe(true);
      expect(mail.html).toContain(`<html lang="${locale}">`);
      // Nothing of the others, and not even the person's own name.
      for (const other of sent.filter((s) => s.body !== body)) {
        for (const secret of [
          other.body.representative.email,
          other.body.organization.name,
          other.receipt.receipt,
        ])
          expect(mail.raw).not.toContain(secret);
      }
      expect(mail.raw).not.toContain(body.representative.name);
    }
    // A locale outside the five or none at all: the person's languages, else English.
    const rows = await outbox();
    expect(rows.map((r) => r.status)).toEqual(['sent', 'sent', 'sent', 'sent', 'sent']);
  });

  test('a resend of the same registration (same idempotency key) writes one message; a second application of the same address none', async () => {
    smtp = await startTestSmtp();
    const body = registration('es');
    const k = key();
    const first = await register(body, k);
    await register(body, k);
    await register(body, k);
    const again = await api.post(
      `/v1/events/${open.id}/registrations`,
      { ...body, organization: { ...body.organization, name: 'Another' } },
      { 'idempotency-key': key() },
    );
    expect(again.status).toBe(409);
    expect(await outbox()).toHaveLength(1);
    expect((await outbox())[0]?.key).toBe(`registration.receipt:${first.id}`);
    await deliverAll(h.deps, smtp.url);
    await deliverAll(h.deps, smtp.url);
    expect(smtp.messages()).toHaveLength(1);
  });

  test('a bot caught by the honeypot gets a receipt, and no e-mail goes to the address it typed', async () => {
    const body = registration('en', {
      signals: { startedAt: new Date(T0.getTime() - 5 * 60_000).toISOString(), trap: 'http://spam' },
    });
    await register(body);
    expect(await outbox()).toHaveLength(0);
  });

  test('the language: a regional tag becomes its core language; without one, the languages the person speaks, else English', async () => {
    await register(registration(undefined, { locale: 'pt-BR' }));
    const fr = registration(undefined);
    await register({ ...fr, representative: { ...fr.representative, languages: ['fr', 'en'] } });
    await register(registration(undefined));
    expect((await outbox()).map((r) => r.locale)).toEqual(['pt', 'fr', 'en']);
  });

  test('agenda topics and written proposals get their receipt, in the proposal’s language, linking to where answers are published', async () => {
    smtp = await startTestSmtp();
    const common = {
      organization: { name: 'Rezo Fwontalye', country: 'HT' },
      contact: { name: 'Jean Baptiste', email: 'jb@rezo.example.org' },
      consent: true,
    };
    const topic = await api.post(
      '/v1/events/demo-evt-integration-host-communities-1/agenda-topics',
      { ...common, title: 'Dokiman pou fanmi ki retounen', summary: 'Rezime.', locale: 'ht' },
      { 'idempotency-key': key() },
    );
    expect(topic.status).toBe(201);
    const policy = await api.post(
      '/v1/committees/cmte-labor-mobility/proposals',
      { ...common, title: 'Visas de travail', body: 'Texte.', locale: 'fr' },
      { 'idempotency-key': key() },
    );
    expect(policy.status).toBe(201);
    await deliverAll(h.deps, smtp.url);
    const a = smtp.messages().find((m) => m.header('content-language') === 'ht');
    const b = smtp.messages().find((m) => m.header('content-language') === 'fr');
    expect(a?.subject).toBe('Nou resevwa pwopozisyon sijè a: Dokiman pou fanmi ki retounen');
    expect(a?.text).toContain(`${BASE}/v1/events/demo-evt-integration-host-communities-1/agenda-topics`);
    expect(a?.text).toContain((await topic.json()).receipt);
    expect(b?.subject).toBe('Proposition reçue\u202F: Visas de travail');
    expect(b?.text).toContain(`${BASE}/v1/committees/cmte-labor-mobility/proposals`);
  });
});

describe('the worker: nothing lost, nothing sent twice', () => {
  test('SMTP down: the attempt fails, is retried after its backoff, then delivered once', async () => {
    smtp = await startTestSmtp();
    const receipt = await register(registration('fr'));
    await smtp.down();
    expect(await deliverAll(h.deps, smtp.url)).toEqual({ sent: 0, retrying: 1, failed: 0 });
    let [row] = await outbox();
    expect(row).toMatchObject({ status: 'pending', attempts: 1 });
    expect(row?.last_error).toMatch(/ECONNREFUSED|ESOCKET|ECONNECTION/);
    expect(row?.next_attempt_at).toBe(new Date(T0.getTime() + 60_000).toISOString());
    await smtp.up();
    // Not due yet: nothing is sent before the backoff.
    expect(await deliverAll(h.deps, smtp.url)).toEqual({ sent: 0, retrying: 0, failed: 0 });
    h.clock.advance(61_000);
    expect(await deliverAll(h.deps, smtp.url)).toEqual({ sent: 1, retrying: 0, failed: 0 });
    [row] = await outbox();
    expect(row).toMatchObject({ status: 'sent', attempts: 2, last_error: null });
    expect(smtp.messages()).toHaveLength(1);
    expect(smtp.messages()[0]?.text).toContain(receipt.receipt);
  });

  test('the connection dies in the middle of DATA (before the server accepted): sent again, delivered exactly once', async () => {
    smtp = await startTestSmtp({ behaviour: (i) => (i === 1 ? 'drop' : 'accept') });
    await register(registration('ht'));
    expect(await deliverAll(h.deps, smtp.url)).toEqual({ sent: 0, retrying: 1, failed: 0 });
    expect(smtp.messages()).toHaveLength(0);
    h.clock.advance(61_000);
    expect(await deliverAll(h.deps, smtp.url)).toEqual({ sent: 1, retrying: 0, failed: 0 });
    h.clock.advance(3_600_000);
    await deliverAll(h.deps, smtp.url);
    expect(smtp.attempts()).toBe(2);
    expect(smtp.messages()).toHaveLength(1);
  });

  test('a worker stopped mid-send: no other worker takes the message while its lease holds; after it expires one does, and the stopped worker can no longer mark it', async () => {
    smtp = await startTestSmtp();
    await register(registration('es'));
    // Worker A claims, then dies before the SMTP server accepted anything.
    const [claimedByA] = await claimDue(h.db.kysely, h.db.dialect, h.clock.now, {
      leaseMs: LEASE_MS,
      limit: 10,
    });
    expect(claimedByA).toMatchObject({ status: 'sending', attempts: 1 });
    expect(await deliverAll(h.deps, smtp.url)).toEqual({ sent: 0, retrying: 0, failed: 0 });
    h.clock.advance(LEASE_MS + 1_000);
    // Worker B (another instance) takes it over.
    expect(await deliverAll(h.deps, smtp.url)).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(smtp.messages()).toHaveLength(1);
    // A comes back to life: its lease is gone, its mark is refused.
    expect(await markSent(h.db.kysely, claimedByA as never, h.clock.now)).toBe(false);
    const [row] = await outbox();
    expect(row).toMatchObject({ status: 'sent', attempts: 2 });
  });

  test('two workers at once never take the same message', async () => {
    for (let i = 0; i < 6; i++) await register(registration('en'));
    const claim = () => claimDue(h.db.kysely, h.db.dialect, h.clock.now, { leaseMs: LEASE_MS, limit: 4 });
    const [a, b] = await Promise.all([claim(), claim()]);
    const ids = [...(a ?? []), ...(b ?? [])].map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(6);
  });

  test('a temporary refusal is retried until the limit, then the message is failed and shown first by GET /v1/outbox; the secretariat retries it', async () => {
    smtp = await startTestSmtp({ behaviour: () => 'tempfail' });
    await register(registration('pt'));
    await register(registration('es'));
    const { id: sentId } = (await outbox())[1] as { id: string };
    await h.db.kysely
      .updateTable('outbox')
      .set({ status: 'sent', sent_at: T0.toISOString() })
      .where('id', '=', sentId)
      .execute();
    expect(await deliverAll(h.deps, smtp.url, { maxAttempts: 3 })).toMatchObject({ retrying: 1 });
    h.clock.advance(60_000);
    expect(await deliverAll(h.deps, smtp.url, { maxAttempts: 3 })).toMatchObject({ retrying: 1 });
    h.clock.advance(120_000);
    expect(await deliverAll(h.deps, smtp.url, { maxAttempts: 3 })).toMatchObject({ failed: 1 });
    h.clock.advance(3_600_000);
    expect(await deliverAll(h.deps, smtp.url, { maxAttempts: 3 })).toEqual({
      sent: 0,
      retrying: 0,
      failed: 0,
    });
    expect(smtp.attempts()).toBe(3);

    const page = await list();
    expect(page.counts).toEqual({ pending: 0, sending: 0, sent: 1, failed: 1 });
    const [failed, sent] = page.items;
    expect(failed).toMatchObject({
      status: 'failed',
      attempts: 3,
      kind: 'registration.receipt',
      locale: 'pt',
    });
    expect(failed?.lastError).toContain('451');
    expect(failed?.subject).toMatch(/^Inscrição recebida: /);
    expect(failed?.recipient).toMatch(/^p•••@org\d+\.example\.org$/);
    expect(sent?.status).toBe('sent');
    expect(JSON.stringify(page)).not.toMatch(/person\d+@/);
    expect((await list('?status=failed')).items.map((m) => m.id)).toEqual([failed?.id]);

    // Retrying a message that is not failed is refused; a failed one goes back to pending, audited.
    expect((await api.post(`/v1/outbox/${sent?.id}/retry`, {}, bearer(secretariat))).status).toBe(409);
    const retried = await api.post(`/v1/outbox/${failed?.id}/retry`, {}, bearer(secretariat));
    expect(retried.status).toBe(200);
    expect(await retried.json()).toMatchObject({ status: 'pending', attempts: 0 });
    const audit = await api.json(await api.get('/v1/audit', bearer(secretariat)));
    expect(audit.items[0]).toMatchObject({
      action: 'outbox.retry',
      entity: { type: 'outbox', id: failed?.id },
    });
    await smtp.stop();
    smtp = await startTestSmtp();
    expect(await deliverAll(h.deps, smtp.url)).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(smtp.messages()).toHaveLength(1);
  });

  test('a permanent refusal (550) fails at once, with the server’s words and the address masked', async () => {
    smtp = await startTestSmtp({ behaviour: () => 'permfail' });
    await register(registration('en'));
    expect(await deliverAll(h.deps, smtp.url)).toEqual({ sent: 0, retrying: 0, failed: 1 });
    const [row] = await outbox();
    expect(row).toMatchObject({ status: 'failed', attempts: 1 });
    expect(row?.last_error).toContain('550');
  });

  test('the server’s worker sends what is due, and stops cleanly; without SMTP_URL there is no worker', async () => {
    expect(startMailWorker(h.deps)).toBeNull();
    smtp = await startTestSmtp();
    await register(registration('fr'));
    const worker = startMailWorker(
      { ...h.deps, config: { ...h.deps.config, smtpUrl: smtp.url } },
      { intervalMs: 60_000 },
    );
    expect(worker).not.toBeNull();
    await worker?.tick();
    await worker?.stop();
    expect(smtp.messages()).toHaveLength(1);
  });
});

describe('the outbox in the console', () => {
  test('without SMTP messages stay pending, readable in full by the secretariat (audited); others get 401 / 403', async () => {
    const body = registration('ht');
    const receipt = await register(body);
    const page = await list();
    expect(page.items).toHaveLength(1);
    const [item] = page.items;
    expect(item).toMatchObject({
      status: 'pending',
      attempts: 0,
      locale: 'ht',
      nextAttemptAt: T0.toISOString(),
    });
    const response = await api.get(`/v1/outbox/${item?.id}`, bearer(secretariat));
    expect(response.status).toBe(200);
    const message = (await response.json()) as OutboxMessage;
    expect(message.to).toBe(body.representative.email);
    expect(message.subject).toBe(item?.subject);
    expect(message.text).toContain(receipt.receipt);
    expect(message.messageId).toBe(`<${item?.id}@lad.example.org>`);
    const audit = await api.json(await api.get('/v1/audit', bearer(secretariat)));
    expect(audit.items[0]).toMatchObject({
      action: 'outbox.read',
      entity: { type: 'outbox', id: item?.id },
      changes: null,
    });
    const committee = await h.token('committee', 'labor-mobility');
    expect((await api.get('/v1/outbox', bearer(committee))).status).toBe(403);
    expect((await api.get(`/v1/outbox/${item?.id}`, bearer(committee))).status).toBe(403);
    expect((await api.get('/v1/outbox')).status).toBe(401);
    expect((await api.get('/v1/outbox/msg_nothing', bearer(secretariat))).status).toBe(404);
    expect((await api.get('/v1/outbox?cursor=bad', bearer(secretariat))).status).toBe(400);
  });

  test('the SDK’s outbox calls parse what the API answers', async () => {
    smtp = await startTestSmtp({ behaviour: () => 'permfail' });
    const receipt = await register(registration('pt'));
    await deliverAll(h.deps, smtp.url);
    const fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
      h.app.request(input instanceof Request ? input : String(input), init)) as typeof globalThis.fetch;
    const outbox = outboxClient(
      createLadTransport({ baseUrl: 'http://lad.test', fetch, token: secretariat }),
    );
    const page = await outbox.list({ status: 'failed', limit: 10 });
    expect(page.counts.failed).toBe(1);
    const id = page.items[0]?.id as string;
    expect((await outbox.get(id)).text).toContain(receipt.receipt);
    await expect(outbox.retry(id)).resolves.toMatchObject({ id, status: 'pending', attempts: 0 });
    await expect(outbox.retry(id)).rejects.toMatchObject({ status: 409, code: 'conflict' });
  });

  test('pages: failed first, then newest first; the cursor walks them all', async () => {
    for (let i = 0; i < 5; i++) {
      await register(registration('es'));
      h.clock.advance(1_000);
    }
    const rows = await outbox();
    await h.db.kysely
      .updateTable('outbox')
      .set({ status: 'failed' })
      .where('id', '=', rows[1]?.id as string)
      .execute();
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: OutboxPage = await list(`?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items.map((m) => m.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([rows[1], rows[4], rows[3], rows[2], rows[0]].map((r) => r?.id));
  });

  test('addresses are erased after the retention period: of sent messages, and of those that never left (no SMTP)', async () => {
    smtp = await startTestSmtp();
    await register(registration('en'));
    await deliverAll(h.deps, smtp.url);
    await register(registration('es'));
    const { purgeAddresses } = await import('../store/outbox.js');
    expect(await purgeAddresses(h.db.kysely, new Date(T0.getTime() + 29 * 86_400_000), 30)).toBe(0);
    expect(await purgeAddresses(h.db.kysely, new Date(T0.getTime() + 31 * 86_400_000), 30)).toBe(2);
    const { items } = await list();
    expect(items.map((m) => [m.status, m.recipient])).toEqual([
      ['pending', null],
      ['sent', null],
    ]);
    // What was sent stays readable; a message without its address fails when its turn comes.
    expect(items[1]?.subject).toMatch(/^Application received: /);
    expect(await deliverAll(h.deps, smtp.url)).toEqual({ sent: 0, retrying: 0, failed: 1 });
    expect((await list('?status=failed')).items[0]?.lastError).toMatch(/address was erased/);
  });
});
