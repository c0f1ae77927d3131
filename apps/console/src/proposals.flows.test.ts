import { type LocalizedText, pickText } from '@lad/sdk';
import { afterEach, describe, expect, test } from 'vitest';
import './app/lad-console.js';
import { expectAccessible, find, findAll, text, typeInto, until } from './testing/dom.js';
import { invited, LOCALES, leave, press, pressByKeyboard, words } from './testing/flows.js';

// Against the real API (test/server.ts, as src/flows.test.ts): two written proposals sent through
// the public API, then answered publicly by the committee's coordinator in the console; the
// public list shows each answer with its time, and never the senders' contact details — in each
// of the console's five languages (chosen in its language menu), the language of the answers.

afterEach(leave);

const COMMITTEE = 'cmte-labor-mobility';

/** A written proposal sent as a CSO does, from the public form's API (no cookie). */
async function sendProposal(title: string, email: string, locale: string): Promise<{ id: string }> {
  const response = await fetch(`/v1/committees/${COMMITTEE}/proposals`, {
    method: 'POST',
    credentials: 'omit',
    headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
    body: JSON.stringify({
      title,
      body: `${title}: what we propose, in detail.`,
      locale,
      organization: { name: 'Red de Migrantes del Sur', country: 'CL' },
      contact: { name: 'Private Sender', email },
      consent: true,
      listPublicly: true,
    }),
  });
  expect(response.status, await response.clone().text()).toBe(201);
  return (await response.json()) as { id: string };
}

describe.each(LOCALES)('in %s', (locale) => {
  const { say } = words(locale);

  test('a committee coordinator answers two written proposals publicly: the public list shows both answers', async () => {
    const stamp = `${Date.now()}-${locale}`;
    const first = await sendProposal(`Ventanilla única ${stamp}`, `first.${stamp}@example.org`, 'es');
    const second = await sendProposal(`Vistos sazonais ${stamp}`, `second.${stamp}@example.org`, 'pt');

    // Invited as the labour-mobility committee's coordinator, signed in.
    const el = await invited(
      locale,
      `coordinator.proposals.${stamp}@example.org`,
      'committee',
      'labor-mobility',
      'Lucía Romero',
    );

    // The queue of written proposals: the committee's own, both proposals in it.
    (
      findAll<HTMLAnchorElement>(el, 'nav a').find((a) => text(a) === say('nav.proposals')) as HTMLElement
    ).click();
    await until(() => find(el, `a[href="#/proposals/${first.id}"]`), 15_000);
    expect(find(el, `a[href="#/proposals/${second.id}"]`)).not.toBeNull();
    const committees = (await (await fetch('/v1/committees', { credentials: 'omit' })).json()) as {
      items: { id: string; name: LocalizedText }[];
    };
    const committee = committees.items.find((c) => c.id === COMMITTEE);
    expect(text(find(el, 'form.filters') as Element)).toContain(
      pickText(committee?.name as LocalizedText, locale).text.replace(/\s+/g, ' '),
    );

    const answers = {
      [first.id]: `We will discuss it at the June session (${stamp}).`,
      [second.id]: `Accepted: the ministries of labour will report on it (${stamp}).`,
    };
    for (const [id, words] of Object.entries(answers)) {
      location.hash = `#/proposals/${id}`;
      // The proposal's own page (not the one before it, still shown while this one loads).
      const title = id === first.id ? `Ventanilla única ${stamp}` : `Vistos sazonais ${stamp}`;
      await until(() => find(el, 'h1')?.textContent?.trim() === title && find(el, '#answer'), 10_000);
      if (id === second.id) (find<HTMLInputElement>(el, 'input[value=accept]') as HTMLInputElement).click();
      await typeInto(find<HTMLTextAreaElement>(el, '#answer') as HTMLTextAreaElement, words);
      expect(text(find(el, 'section.preview') as Element)).toContain(words);
      if (id === second.id) await press(el, say('proposals.send.accept'));
      // The first answer's "Publish the answer", by keyboard: Tab from the answer to it, Enter.
      else await pressByKeyboard(el, { button: say('proposals.send.answer') });
      await until(() => text(el).includes(say('proposals.saved')), 10_000);
      const history = find(el, 'section[aria-labelledby="history-h"] tbody tr') as Element;
      expect(text(history)).toContain(words);
      expect(text(history)).toContain('Lucía Romero');
      if (id === second.id) await expectAccessible(el, `the answered proposal, in ${locale}`);
    }

    // The public list (no cookie, no cache): each answer, in the console's language (its
    // original), with its time.
    const response = await fetch(`/v1/committees/${COMMITTEE}/proposals?limit=100`, {
      credentials: 'omit',
      cache: 'no-store',
    });
    const raw = await response.text();
    const listed = JSON.parse(raw) as {
      items: {
        id: string;
        status: string;
        response: { text: { original: string; text: Record<string, string> }; respondedAt: string } | null;
      }[];
    };
    const mine = (id: string) => listed.items.find((p) => p.id === id);
    expect(mine(first.id)).toMatchObject({
      status: 'answered',
      response: { text: { original: locale, text: { [locale]: answers[first.id] } } },
    });
    expect(mine(second.id)).toMatchObject({
      status: 'accepted',
      response: { text: { original: locale, text: { [locale]: answers[second.id] } } },
    });
    for (const id of [first.id, second.id])
      expect(Date.now() - Date.parse(mine(id)?.response?.respondedAt ?? '')).toBeLessThan(5 * 60_000);
    expect(raw).not.toContain(`${stamp}@example.org`);
    expect(raw).not.toContain('Private Sender');
    // Every version of an answer is public, with the time it was given.
    const history = (await (
      await fetch(`/v1/proposal-answers/${first.id}`, { credentials: 'omit', cache: 'no-store' })
    ).json()) as { items: { version: number; answeredAt: string }[] };
    expect(history.items.map((a) => a.version)).toEqual([1]);
  });
});
