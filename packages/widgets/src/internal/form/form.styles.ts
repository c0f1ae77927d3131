import { css } from 'lit';

/** The layout, fields, steps, errors and notices of the LAD forms; usable at 320 px. */
export const formStyles = css`
  .base {
    max-inline-size: 48rem;
  }
  h3 {
    margin: 0;
    font-size: 1.15em;
  }
  form {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .step {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    margin: 0;
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }
  .step > legend {
    padding-inline: 0.25em;
    font-weight: 600;
    font-size: 1.05em;
  }
  .step-number {
    color: var(--_muted);
    font-weight: normal;
  }
  .field-row {
    display: grid;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .field-row > label,
  .field-row > legend {
    font-weight: 600;
    padding: 0;
  }
  .need {
    color: var(--_muted);
    font-weight: normal;
    font-size: 0.9em;
  }
  .hint {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .field-row input:not([type='checkbox'], [type='radio']),
  .field-row select,
  .field-row textarea {
    inline-size: 100%;
    max-inline-size: 40rem;
    min-block-size: 2.75rem;
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
    font: inherit;
    color: inherit;
  }
  .field-row textarea {
    resize: vertical;
  }
  .field-row[data-invalid] input:not([type='checkbox'], [type='radio']),
  .field-row[data-invalid] select,
  .field-row[data-invalid] textarea {
    border: 2px solid var(--_danger);
  }
  .field-row[data-invalid] {
    padding-inline-start: calc(var(--_space) * 1.25);
    border-inline-start: 4px solid var(--_danger);
  }
  .error {
    margin: 0;
    color: var(--_danger);
    font-weight: 600;
  }
  .choices {
    gap: 0.35rem;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.6em;
    min-block-size: 2.75rem;
    padding-block: 0.35rem;
    cursor: pointer;
  }
  .choice input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0.1rem 0 0;
    flex: none;
    accent-color: var(--_accent);
  }
  .counter {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .counter[data-over] {
    color: var(--_danger);
    font-weight: 600;
  }
  .button.primary {
    justify-self: start;
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_surface);
    font-weight: 600;
  }
  .button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  .error-summary {
    padding: calc(var(--_space) * 1.5);
    border: 3px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .error-summary h3 {
    margin: 0 0 var(--_space);
    font-size: 1.05em;
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .error-summary li + li {
    margin-block-start: 0.25rem;
  }
  .error-summary a {
    display: inline-block;
    min-block-size: 1.5rem;
    color: var(--_danger);
    font-weight: 600;
  }
  .notice .button {
    margin-inline-start: var(--_space);
  }
  .notice.queued {
    border-inline-start-color: light-dark(#a16207, #fde047);
  }
  .receipt {
    padding: calc(var(--_space) * 2);
    border: 2px solid light-dark(#15803d, #86efac);
    border-radius: var(--_radius);
  }
  .receipt h3 {
    margin-block-start: 0;
  }
  .reference {
    font-family: ui-monospace, monospace;
    font-size: 1.3em;
    font-weight: 700;
    letter-spacing: 0.05em;
  }
  .trap {
    position: absolute;
    inset-inline-start: -10000px;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
  }
  dl.facts {
    display: grid;
    grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
    gap: 0.25rem calc(var(--_space) * 1.5);
    margin: 0;
  }
  dl.facts dt {
    color: var(--_muted);
  }
  dl.facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  @media (max-width: 30rem) {
    dl.facts {
      grid-template-columns: minmax(0, 1fr);
    }
    dl.facts dd {
      margin-block-end: var(--_space);
    }
  }
  @media (forced-colors: active) {
    .field-row[data-invalid] {
      border-inline-start-color: Mark;
    }
    .error,
    .error-summary a {
      color: CanvasText;
    }
  }
`;
