import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { pendingFetch } from '../../testing/fixtures.js';
import { eventFixture, participationApi, receiptFixture } from '../../testing/participation.js';
import { failingFetch, widget } from '../../testing/story.js';
import './lad-registration-form.js';

const form = (state: Parameters<typeof eventFixture>[0], post?: () => unknown) => {
  const event = eventFixture(state);
  return widget(
    'lad-registration-form',
    { event: event.id },
    participationApi({ event, ...(post ? { post } : {}) }).fetch,
  );
};

const click = (el: Element, selector: string) =>
  new Promise<void>((resolve) =>
    setTimeout(() => {
      (el.shadowRoot?.querySelector(selector) as HTMLElement | null)?.click();
      resolve();
    }, 600),
  );

const meta: Meta = {
  title: 'Widgets/Registration form',
  component: 'lad-registration-form',
  beforeEach: () => localStorage.clear(),
  render: () => form('open'),
};
export default meta;
type Story = StoryObj;

export const Open: Story = {};
export const NotYetOpen: Story = { render: () => form('not_yet_open') };
export const FullWithWaitingList: Story = { render: () => form('full') };
export const ClosedWithReport: Story = { render: () => form('closed') };
export const NoRegistration: Story = { render: () => form('none') };
/** Sent empty: every problem next to its field and summarised at the top. */
export const ProblemsToFix: Story = {
  play: async ({ canvasElement }) =>
    click(canvasElement.querySelector('lad-registration-form') as Element, 'button[type="submit"]'),
};
/** Refused by the API: the event filled up meanwhile. */
export const RefusedFull: Story = {
  render: () =>
    form(
      'open',
      () =>
        new Response(
          JSON.stringify({ type: 'about:blank', title: 'Full', status: 409, code: 'event-full' }),
          {
            status: 409,
            headers: { 'content-type': 'application/problem+json' },
          },
        ),
    ),
};
export const Sending: Story = {
  render: () => {
    const event = eventFixture('open');
    return widget('lad-registration-form', { event: event.id }, async (input, init) => {
      const request = new Request(input, init);
      return request.method === 'POST'
        ? pendingFetch(input, init)
        : participationApi({ event }).fetch(input, init);
    });
  },
};
export const Received: Story = { render: () => form('open', () => receiptFixture()) };
export const Loading: Story = {
  render: () => widget('lad-registration-form', { event: 'evt-open' }, pendingFetch),
};
export const ApiError: Story = {
  render: () => widget('lad-registration-form', { event: 'evt-open' }, failingFetch),
};
