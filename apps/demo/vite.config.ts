import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The demo site: plain pages that load the widgets the way a partner site does — from the
// server's /cdn/lad-widgets.js — so what you see is what an embed gets.
const pages = [
  'index',
  'tracker',
  'summary',
  'registration',
  'proposals',
  'calendar',
  'directory',
  'builder',
  'partner',
];

export default defineConfig({
  build: {
    target: 'es2022',
    rollupOptions: {
      input: Object.fromEntries(pages.map((p) => [p, resolve(import.meta.dirname, `${p}.html`)])),
    },
  },
});
