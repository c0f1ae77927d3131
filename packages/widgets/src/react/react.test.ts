import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { $, cleanup, text, until } from '../testing/dom.js';
import { fakeApi, pillarSummary } from '../testing/fixtures.js';
import { LadProgressSummary, LadRegistrationForm } from './index.js';

beforeEach(cleanup);
afterEach(cleanup);

test('a widget rendered by React 19: props reach the element, events reach on… props', async () => {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  const { fetch } = fakeApi({ progress: () => pillarSummary() });
  const picked: string[] = [];
  root.render(
    createElement(LadProgressSummary, {
      lang: 'ht',
      groupBy: 'pillar',
      chart: 'bar',
      fetch,
      onLadGroupSelect: (event) => picked.push(event.detail.key),
    }),
  );
  const el = await until(() => host.querySelector('lad-progress-summary'));
  expect(el.getAttribute('group-by')).toBe('pillar');
  expect(el.fetch).toBe(fetch);
  await until(() => /Pilye IV/.test(text(el)));
  ($(el, 'button.group') as HTMLButtonElement).click();
  expect(picked).toEqual(['I']);
  // Props change the element like attributes do.
  root.render(createElement(LadProgressSummary, { lang: 'ht', groupBy: 'pillar', chart: 'table', fetch }));
  await until(() => el.shadowRoot?.querySelector('table'));
  root.unmount();
});

test('every widget has a React component with its events typed', () => {
  expect(LadRegistrationForm.displayName).toBe('LadRegistrationForm');
});
