import { css } from 'lit';

export const styles = css`
  h3 {
    margin-block-end: var(--_space);
  }
  h4 {
    margin: 0;
    font-size: 1em;
    overflow-wrap: anywhere;
  }
  .when {
    margin: 0;
  }
  .agenda ol {
    margin: 0;
    padding-inline-start: 1.5em;
  }
  .presenters,
  .meta {
    color: var(--_muted);
  }
  .tag {
    font-size: 0.85em;
    padding-inline: 0.35em;
    border: 1px solid var(--_border);
    border-radius: 0.25rem;
  }
  .proposals {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .proposals > li {
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .meta {
    margin: 0.25rem 0;
    font-size: 0.9em;
  }
  .status {
    font-weight: 600;
    color: var(--_text);
  }
  .text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .response {
    margin-block-start: var(--_space);
    padding: var(--_space);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_subtle);
  }
`;
