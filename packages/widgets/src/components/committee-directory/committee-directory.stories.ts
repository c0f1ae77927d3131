import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { pendingFetch } from '../../testing/fixtures.js';
import { participationApi } from '../../testing/participation.js';
import { failingFetch, widget } from '../../testing/story.js';
import './lad-committee-directory.js';

const meta: Meta = {
  title: 'Widgets/Committee directory',
  component: 'lad-committee-directory',
  render: () => widget('lad-committee-directory', {}, participationApi().fetch),
};
export default meta;
type Story = StoryObj;

export const Ready: Story = {};
export const Loading: Story = { render: () => widget('lad-committee-directory', {}, pendingFetch) };
export const ApiError: Story = { render: () => widget('lad-committee-directory', {}, failingFetch) };
