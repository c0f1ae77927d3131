import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { fakeApi, pendingFetch } from '../../testing/fixtures.js';
import { participationApi } from '../../testing/participation.js';
import { failingFetch, offlineWhileShown, unreachable, widget } from '../../testing/story.js';
import './lad-session-calendar.js';

const meta: Meta = {
  title: 'Widgets/Session calendar',
  component: 'lad-session-calendar',
  args: { view: 'month', timeZone: 'America/Port-au-Prince' },
  render: (args) => widget('lad-session-calendar', args, participationApi().fetch),
};
export default meta;
type Story = StoryObj;

export const Month: Story = {};
export const List: Story = { args: { view: 'list' } };
export const Loading: Story = { render: (args) => widget('lad-session-calendar', args, pendingFetch) };
export const Empty: Story = {
  render: (args) =>
    widget(
      'lad-session-calendar',
      args,
      fakeApi({ events: () => ({ items: [], nextCursor: null }), committees: () => ({ items: [] }) }).fetch,
    ),
};
export const ApiError: Story = { render: (args) => widget('lad-session-calendar', args, failingFetch) };
export const Offline: Story = {
  beforeEach: offlineWhileShown,
  render: (args) => widget('lad-session-calendar', args, unreachable),
};
