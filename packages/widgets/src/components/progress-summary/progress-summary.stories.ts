import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { fakeApi, pendingFetch, pillarSummary } from '../../testing/fixtures.js';
import { failingFetch, offlineWhileShown, unreachable, widget } from '../../testing/story.js';
import './lad-progress-summary.js';

const api = (totals?: number[]) => fakeApi({ progress: () => pillarSummary(totals) }).fetch;

const meta: Meta = {
  title: 'Widgets/Progress summary',
  component: 'lad-progress-summary',
  args: { groupBy: 'pillar', chart: 'bar' },
  render: (args) => widget('lad-progress-summary', args, api()),
};
export default meta;
type Story = StoryObj;

export const Chart: Story = {};
export const Table: Story = { args: { chart: 'table' } };
export const Loading: Story = { render: (args) => widget('lad-progress-summary', args, pendingFetch) };
export const Empty: Story = { render: (args) => widget('lad-progress-summary', args, api([0, 0, 0, 0])) };
export const ApiError: Story = { render: (args) => widget('lad-progress-summary', args, failingFetch) };
export const Offline: Story = {
  beforeEach: offlineWhileShown,
  render: (args) => widget('lad-progress-summary', args, unreachable),
};
