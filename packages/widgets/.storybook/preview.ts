import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { switchLocale } from '../src/internal/locale.js';

// Controls and the docs pages' attributes, events, parts and tokens come from the Custom
// Elements Manifest the build writes.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language of every widget',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'es', title: 'Español' },
          { value: 'en', title: 'English' },
          { value: 'pt', title: 'Português' },
          { value: 'fr', title: 'Français' },
          { value: 'ht', title: 'Kreyòl ayisyen' },
        ],
      },
    },
  },
  initialGlobals: { locale: 'en' },
  decorators: [
    (story, context) => {
      // The page's language, as a partner page's <html lang>: widgets joining later follow it.
      const locale = context.globals.locale ?? 'en';
      document.documentElement.lang = locale;
      void switchLocale(locale);
      return story();
    },
  ],
  parameters: {
    controls: { expanded: true },
    docs: { toc: true },
  },
};
export default preview;
