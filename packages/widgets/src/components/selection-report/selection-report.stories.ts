import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { pendingFetch } from '../../testing/fixtures.js';
import { changedCriteriaFixture, eventFixture, participationApi } from '../../testing/participation.js';
import { failingFetch, widget } from '../../testing/story.js';
import './lad-selection-report.js';

const meta: Meta = {
  title: 'Widgets/Selection report',
  component: 'lad-selection-report',
  render: () => {
    const event = eventFixture('closed');
    return widget('lad-selection-report', { event: event.id }, participationApi({ event }).fetch);
  },
};
export default meta;
type Story = StoryObj;

export const Published: Story = {};
/** The criteria changed after registration closed: the report lists version 1, which it used. */
export const EarlierCriteria: Story = {
  render: () => {
    const { event, report } = changedCriteriaFixture();
    return widget('lad-selection-report', { event: event.id }, participationApi({ event, report }).fetch);
  },
};
export const NotPublished: Story = {
  render: () => {
    const event = eventFixture('open');
    return widget('lad-selection-report', { event: event.id }, participationApi({ event }).fetch);
  },
};
export const Loading: Story = {
  render: () => widget('lad-selection-report', { event: 'evt-closed' }, pendingFetch),
};
export const ApiError: Story = {
  render: () => widget('lad-selection-report', { event: 'evt-closed' }, failingFetch),
};
