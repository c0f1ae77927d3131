import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { commitment, commitments, fakeApi, pendingFetch, pillarSummary } from '../../testing/fixtures.js';
import { failingFetch, offlineWhileShown, unreachable, widget } from '../../testing/story.js';
import './lad-commitment-tracker.js';

const api = (items = commitments(40)) =>
  fakeApi({
    commitments: () => ({ items, nextCursor: null, total: items.length }),
    progress: () => pillarSummary(),
  }).fetch;

const meta: Meta = {
  title: 'Widgets/Commitment tracker',
  component: 'lad-commitment-tracker',
  args: { country: '', pillar: '', mechanism: '', status: '', layout: 'list' },
  render: (args) => widget('lad-commitment-tracker', args, api()),
};
export default meta;
type Story = StoryObj;

export const Ready: Story = {};
export const Cards: Story = { args: { layout: 'cards' } };
export const Loading: Story = { render: (args) => widget('lad-commitment-tracker', args, pendingFetch) };
export const Empty: Story = { render: (args) => widget('lad-commitment-tracker', args, api([])) };
export const ApiError: Story = { render: (args) => widget('lad-commitment-tracker', args, failingFetch) };
export const Offline: Story = {
  beforeEach: offlineWhileShown,
  render: (args) => widget('lad-commitment-tracker', args, unreachable),
};
/** Titles that exist only in Spanish, shown to a Kreyòl reader with the fallback said. */
export const PartialTranslation: Story = {
  globals: { locale: 'ht' },
  render: (args) =>
    widget(
      'lad-commitment-tracker',
      args,
      api(
        Array.from({ length: 6 }, (_, i) =>
          commitment(i, {
            title: { original: 'es', text: { es: `Compromiso solo en español número ${i}` } },
          }),
        ),
      ),
    ),
};
