import { css } from 'lit';

/**
 * What every screen of the console shares: type, fields, buttons, tables, notices, and a focus
 * ring that is always visible (also in forced colours).
 */
export const baseStyles = css`
  :host {
    display: block;
    color: var(--ink);
    font: inherit;
    --ink: light-dark(#1b1f24, #e8eaed);
    --muted: light-dark(#4b5563, #b5bac1);
    --line: light-dark(#8a929c, #6b7280);
    --soft: light-dark(#f3f4f6, #23272e);
    --accent: light-dark(#0b5cad, #8cc2ff);
    --accent-ink: light-dark(#ffffff, #0b1320);
    --danger: light-dark(#a4161a, #ff8a8a);
    --ok: light-dark(#166534, #86efac);
    --focus: light-dark(#b45309, #fbbf24);
    color-scheme: light dark;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h1 {
    font-size: 1.6rem;
    margin-block: 0 1rem;
  }
  h2 {
    font-size: 1.2rem;
    margin-block: 1.5rem 0.5rem;
  }
  h1:focus {
    outline: none;
  }
  h1:focus-visible {
    outline: 3px solid var(--focus);
    outline-offset: 4px;
  }
  a {
    color: var(--accent);
  }
  :focus-visible {
    outline: 3px solid var(--focus);
    outline-offset: 2px;
  }
  label,
  .label {
    display: block;
    font-weight: 600;
    margin-block-end: 0.25rem;
  }
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: light-dark(#ffffff, #15181d);
    border: 1px solid var(--line);
    border-radius: 4px;
    padding: 0.45rem 0.55rem;
    min-block-size: 2.5rem;
    max-inline-size: 100%;
  }
  textarea {
    inline-size: 100%;
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--danger);
    border-width: 2px;
  }
  .field {
    margin-block-end: 1rem;
  }
  .hint {
    color: var(--muted);
    font-size: 0.9rem;
    margin-block: 0.25rem 0;
  }
  .field-error {
    color: var(--danger);
    font-size: 0.9rem;
    margin-block: 0.25rem 0;
  }
  button,
  .button {
    font: inherit;
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    min-block-size: 2.5rem;
    padding: 0.4rem 1rem;
    border-radius: 4px;
    border: 2px solid var(--accent);
    background: var(--accent);
    color: var(--accent-ink);
    cursor: pointer;
    text-decoration: none;
  }
  button.secondary,
  .button.secondary {
    background: transparent;
    color: var(--accent);
  }
  button[disabled],
  button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
    margin-block: 1rem;
  }
  .notice {
    border: 2px solid var(--line);
    border-inline-start-width: 6px;
    border-radius: 4px;
    padding: 0.75rem 1rem;
    margin-block: 1rem;
    background: var(--soft);
  }
  .notice.error {
    border-color: var(--danger);
  }
  .notice.ok {
    border-color: var(--ok);
  }
  .notice > :first-child {
    margin-block-start: 0;
  }
  .notice > :last-child {
    margin-block-end: 0;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block: 0.5rem;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.5rem;
    border-block-end: 1px solid var(--line);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    :focus-visible,
    h1:focus-visible {
      outline-color: Highlight;
    }
    button,
    .button {
      border-color: ButtonText;
    }
  }
`;
