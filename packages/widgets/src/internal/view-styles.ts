import { css } from 'lit';

// Styles of the widgets that show data (tracker, summary, calendar, directory): a module apart
// from styles.ts so the forms, which use none of them, do not carry them.

/**
 * The frame of a widget that opens with its toolbar (the tracker, the summary): its parts one
 * under another, and the language menu at the toolbar's end, at its own width.
 */
export const toolbarLayout = css`
  .base {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  .language {
    flex: 0 0 auto;
    min-inline-size: 10rem;
  }
`;

/**
 * A notice (`.notice.problem`) over the bottom of what is still shown, when a reload fails (the
 * tracker, the summary, the calendar; the forms' problem notice stays in the flow).
 */
export const problemOverlay = css`
  .problem {
    position: absolute;
    inset-inline: var(--_space);
    inset-block-end: var(--_space);
    margin: 0;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.2);
  }
`;

/** Headings inside a widget (`h3` to `h5`): no margins, long words wrapped. */
export const headings = css`
  h3,
  h4,
  h5 {
    margin: 0;
    overflow-wrap: anywhere;
  }
`;

/** A card (`.panel`): a directory entry, a calendar event. */
export const panel = css`
  .panel {
    display: grid;
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
`;
