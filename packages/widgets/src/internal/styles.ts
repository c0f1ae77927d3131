import { css } from 'lit';

/**
 * The theme every widget shares. Three layers: global `--lad-*` tokens a site sets once (on
 * `:root` or any ancestor), per-widget `--lad-<widget>-*` hooks, and private `--_*` values.
 * Colours follow the page's `color-scheme` (light, or dark where the page says so), and the
 * host's font is inherited.
 *
 * @cssproperty --lad-color-accent - Links, focus ring, selected items.
 * @cssproperty --lad-color-text - Text.
 * @cssproperty --lad-color-muted - Secondary text.
 * @cssproperty --lad-color-surface - Background of cards and panels.
 * @cssproperty --lad-color-border - Borders.
 * @cssproperty --lad-font-family - Font (default: inherited from the page).
 * @cssproperty --lad-radius - Corner radius.
 * @cssproperty --lad-space - Spacing unit.
 * @cssproperty --lad-density - 1 normal, 0.75 compact, 1.25 roomy.
 */
export const base = css`
  :host {
    --_accent: var(--lad-color-accent, light-dark(#0b5cad, #8ec5ff));
    --_text: var(--lad-color-text, light-dark(#1b1f24, #eef1f4));
    --_muted: var(--lad-color-muted, light-dark(#4f5862, #b4bcc6));
    --_surface: var(--lad-color-surface, light-dark(#ffffff, #15191e));
    --_subtle: var(--lad-color-subtle, light-dark(#f3f5f7, #20262d));
    --_border: var(--lad-color-border, light-dark(#c9d0d8, #3b444e));
    --_radius: var(--lad-radius, 0.5rem);
    --_density: var(--lad-density, 1);
    --_space: calc(var(--lad-space, 0.5rem) * var(--_density));
    --_danger: light-dark(#a4161a, #ff9b9b);
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font: inherit;
    font-family: var(--lad-font-family, inherit);
    line-height: 1.45;
    text-align: start;
    color-scheme: inherit;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .fallback-note,
  .machine-note,
  .lang-tag {
    display: inline-block;
    margin-inline-start: calc(var(--_space) * 0.75);
    padding-inline: 0.35em;
    border: 1px solid var(--_border);
    border-radius: 0.25rem;
    color: var(--_muted);
    font-size: 0.8em;
    vertical-align: 0.1em;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.15rem;
    min-inline-size: 8rem;
    flex: 1 1 8rem;
  }
  .field label {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .field select,
  .field input {
    min-block-size: 2.5rem;
    padding-inline: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
  }
  .button {
    min-block-size: 2.5rem;
    padding-inline: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_subtle);
    cursor: pointer;
  }
  .notice {
    margin-block: var(--_space);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-inline-start: 4px solid var(--_accent);
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_subtle);
  }
  .notice.error {
    border-inline-start-color: var(--_danger);
  }
  .skeleton {
    border-radius: calc(var(--_radius) * 0.5);
    background: linear-gradient(90deg, var(--_subtle) 25%, var(--_border) 50%, var(--_subtle) 75%) 0 0 / 200% 100%;
    animation: shimmer 1.4s linear infinite;
  }
  @keyframes shimmer {
    to {
      background-position: -200% 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    .skeleton {
      background: Canvas;
      border: 1px solid GrayText;
    }
    .notice,
    .fallback-note,
    .machine-note,
    .lang-tag {
      border: 1px solid CanvasText;
    }
  }
`;

/**
 * The frame of a widget that opens with its title (the forms, the calendar, the directory, the
 * selection report): its parts one under another, and the header row (`.toolbar.header`) with
 * the title (`h2`) first and the language menu at its end.
 */
export const titledLayout = css`
  .base {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .header {
    justify-content: space-between;
    align-items: start;
  }
  h2 {
    margin: 0;
    font-size: 1.35em;
    flex: 1 1 14rem;
    overflow-wrap: anywhere;
  }
`;
