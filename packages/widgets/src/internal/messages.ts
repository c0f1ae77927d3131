import { intlLocale } from '@lad/sdk';
import { msg, str } from '@lit/localize';
import { currentLocale } from './locale.js';
import { number } from './text.js';

/** `one` or `other` for `count` in the page's language (Creole nouns do not change). */
function plural(count: number): string {
  const locale = currentLocale();
  return locale === 'ht' ? 'other' : new Intl.PluralRules(intlLocale(locale)).select(count);
}

// Messages more than one widget shows, written once so they are translated once.

/** "Pillar IV". */
export const pillarLabel = (id: string) =>
  msg(str`Pillar ${id}`, {
    id: 'pillar.label',
    desc: 'A pillar of the Declaration by its number, e.g. Pillar IV',
  });

/** "1 commitment", "1,234 commitments", in the page's language and its plural rules. */
export function commitmentCount(count: number): string {
  const n = number(count);
  return plural(count) === 'one'
    ? msg(str`${n} commitment`, {
        id: 'commitments.one',
        desc: 'One commitment (singular form of the language)',
      })
    : msg(str`${n} commitments`, {
        id: 'commitments.count',
        desc: 'How many commitments (plural form of the language)',
      });
}

/** After a pillar's or group's name when it has no commitments. */
export const noCommitments = () =>
  msg('no commitments recorded', {
    id: 'commitments.none',
    desc: 'After a pillar or group name when it has no commitments',
  });

export const loadingText = () => msg('Loading…', { id: 'state.loading', desc: 'While data loads' });
export const retryText = () => msg('Try again', { id: 'state.retry', desc: 'Button after an error' });
export const offlineText = () =>
  msg('You are offline. What is shown may be out of date; it will refresh when the connection returns.', {
    id: 'state.offline',
    desc: 'Banner when the device has no connection',
  });
export const statusText = () =>
  msg('Status', { id: 'status.heading', desc: 'Label of the commitment status filter and legend' });
