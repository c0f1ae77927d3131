import { css } from 'lit';
import { statusStyles } from '../../internal/status.js';
import { base } from '../../internal/styles.js';
import { problemOverlay, toolbarLayout } from '../../internal/view-styles.js';

export const styles = [
  base,
  statusStyles,
  toolbarLayout,
  problemOverlay,
  css`
    .header {
      justify-content: flex-end;
    }
    .search {
      flex: 2 1 12rem;
    }
    .summary-line {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: baseline;
      gap: var(--_space);
      min-block-size: 1.6em;
    }
    .count {
      font-weight: 600;
    }
    .count-skeleton {
      display: inline-block;
      inline-size: 9em;
      block-size: 1em;
    }
    .list-box {
      /* The notices of empty pillars and the list share one height whatever they hold —
         loading, empty, gaps or ten thousand items — so nothing on the page moves. */
      position: relative;
      display: flex;
      flex-direction: column;
      block-size: var(--lad-tracker-height, 34rem);
    }
    .list-box > .gap {
      flex: none;
      margin-block: 0 var(--_space);
    }
    .list {
      flex: 1 1 0;
      min-block-size: 0;
      overflow: auto;
      contain: strict;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .skeleton-list,
    .list.empty {
      overflow: hidden;
    }
    .item {
      inline-size: 100%;
      border-block-end: 1px solid var(--_border);
    }
    .toggle {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: calc(var(--_space) * 0.5) var(--_space);
      inline-size: 100%;
      padding: var(--_space) calc(var(--_space) * 1.5);
      border: 0;
      background: transparent;
      text-align: start;
      cursor: pointer;
    }
    .toggle:hover {
      background: var(--_subtle);
    }
    .toggle:focus-visible {
      outline-offset: -2px;
    }
    .title {
      flex: 1 1 20rem;
      font-weight: 600;
    }
    .layout-compact .title {
      overflow: hidden;
      white-space: nowrap;
      text-overflow: ellipsis;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0 var(--_space);
      inline-size: 100%;
      color: var(--_muted);
      font-size: 0.9em;
    }
    .meta > span + span::before {
      content: '·';
      margin-inline-end: var(--_space);
    }
    .details {
      padding: 0 calc(var(--_space) * 1.5) calc(var(--_space) * 1.5);
    }
    .details h4 {
      margin: calc(var(--_space) * 1.5) 0 calc(var(--_space) * 0.5);
      font-size: 1em;
    }
    .timeline,
    .indicators,
    .sources {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    .timeline li,
    .indicators li {
      margin-block-end: var(--_space);
    }
    .indicator {
      display: flex;
      flex-direction: column;
      gap: 0.15rem;
    }
    .progress-row {
      display: flex;
      align-items: center;
      gap: var(--_space);
    }
    .bar {
      flex: 0 1 14rem;
      block-size: 0.6rem;
      border: 1px solid var(--_border);
      border-radius: 999px;
      overflow: hidden;
    }
    .bar > span {
      display: block;
      block-size: 100%;
      background: var(--_accent);
    }
    .muted {
      color: var(--_muted);
    }
    .demo-tag {
      display: inline-block;
      padding-inline: 0.35em;
      border: 1px dashed currentColor;
      border-radius: var(--_radius);
      color: var(--_muted);
      font-size: 0.85em;
      font-weight: normal;
    }
    .sparkline {
      color: var(--_accent);
    }
    .skeleton-list .item {
      padding: var(--_space) calc(var(--_space) * 1.5);
    }
    .skeleton.line {
      block-size: 1em;
      margin-block: 0.4rem;
    }
    .skeleton.line.short {
      inline-size: 60%;
    }
    .gap-line {
      display: block;
    }
    .gap strong {
      font-weight: 600;
    }
    @media (forced-colors: active) {
      .bar > span {
        background: CanvasText;
      }
      .toggle:hover {
        background: Highlight;
        color: HighlightText;
      }
    }
  `,
];
