import type { StorybookConfig } from '@storybook/web-components-vite';

// Every designed state of every widget, from fixtures (no server). Telemetry off.
const config: StorybookConfig = {
  stories: ['../src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
};
export default config;
