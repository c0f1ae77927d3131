import { json } from './demo.js';

interface Item {
  id: string;
  registration?: { state: string } | null;
  topicProposalsCloseAt?: string | null;
}

// Pages whose widgets point at events or committees found in the API's demo data.

const page = document.body.dataset.page;

if (page === 'registration') {
  const events = (await json<{ items: Item[] }>('/v1/events?limit=100')).items;
  const full = events.find((e) => e.registration?.state === 'full');
  const el = document.querySelector('#full-event');
  if (full && el) el.setAttribute('event', full.id);
}

if (page === 'proposals') {
  const sessions = (
    await json<{ items: Item[] }>(
      `/v1/events?kind=information_session&from=${new Date().toISOString()}&limit=100`,
    )
  ).items;
  const next = sessions.find(
    (e) => e.topicProposalsCloseAt && Date.parse(e.topicProposalsCloseAt) > Date.now(),
  );
  const topic = document.querySelector('#agenda-topic');
  if (next && topic) topic.setAttribute('event', next.id);
  const committees = (await json<{ items: Item[] }>('/v1/committees')).items;
  const policy = document.querySelector('#policy');
  if (committees[0] && policy) policy.setAttribute('committee', committees[0].id);
}
