import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { committeesFixture, eventFixture, participationApi } from '../../testing/participation.js';
import { widget } from '../../testing/story.js';
import './lad-proposal-form.js';

const event = eventFixture('open');
const meta: Meta = {
  title: 'Widgets/Proposal form',
  component: 'lad-proposal-form',
  beforeEach: () => localStorage.clear(),
  render: () =>
    widget('lad-proposal-form', { kind: 'agenda-topic', event: event.id }, participationApi({ event }).fetch),
};
export default meta;
type Story = StoryObj;

export const AgendaTopic: Story = {};
export const AgendaNotPublished: Story = {
  render: () => {
    const unpublished = eventFixture('open', { agenda: null });
    return widget(
      'lad-proposal-form',
      { kind: 'agenda-topic', event: unpublished.id },
      participationApi({ event: unpublished }).fetch,
    );
  },
};
export const TopicsClosed: Story = {
  render: () => {
    const closed = eventFixture('open', {
      topicProposalsCloseAt: new Date(Date.now() - 86_400_000).toISOString(),
    });
    return widget(
      'lad-proposal-form',
      { kind: 'agenda-topic', event: closed.id },
      participationApi({ event: closed }).fetch,
    );
  },
};
export const PolicyProposal: Story = {
  render: () =>
    widget(
      'lad-proposal-form',
      { kind: 'policy', committee: committeesFixture()[0]?.id },
      participationApi().fetch,
    ),
};
