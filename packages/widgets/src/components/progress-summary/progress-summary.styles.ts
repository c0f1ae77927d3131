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
      justify-content: space-between;
    }
    .view {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 0.5);
      align-self: end;
    }
    .button[aria-pressed='true'] {
      border-color: var(--_accent);
      box-shadow: inset 0 -3px 0 var(--_accent);
    }
    .body {
      position: relative;
    }
    a.button {
      display: inline-flex;
      align-items: center;
      color: inherit;
      text-decoration: none;
    }
    .button[aria-disabled='true'] {
      display: inline-flex;
      align-items: center;
      color: var(--_muted);
      cursor: default;
    }
    .rows {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .row {
      display: grid;
      grid-template-columns: minmax(8rem, 1fr) minmax(6rem, 2fr);
      grid-template-rows: auto auto;
      align-items: center;
      gap: 0.2rem var(--_space);
      /* Every row has one height, so the skeleton reserves exactly the final space. */
      block-size: var(--lad-summary-row-height, 4.25rem);
      padding-block: calc(var(--_space) * 0.5);
      border-block-end: 1px solid var(--_border);
      overflow: hidden;
    }
    .row > .skeleton {
      grid-column: 1 / -1;
      block-size: 1.25rem;
    }
    .group {
      grid-row: 1 / span 2;
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: var(--_space);
      block-size: 100%;
      padding: 0 calc(var(--_space) * 0.5);
      border: 0;
      background: transparent;
      text-align: start;
      cursor: pointer;
    }
    .group:hover {
      background: var(--_subtle);
    }
    .label {
      display: -webkit-box;
      overflow: hidden;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
      line-clamp: 2;
    }
    .total {
      font-weight: 600;
      font-variant-numeric: tabular-nums;
    }
    .stack {
      inline-size: 100%;
      block-size: 1.1rem;
      border: 1px solid var(--_border);
      border-radius: 0.25rem;
    }
    .empty-bar {
      color: var(--_muted);
      font-style: italic;
    }
    .indicators {
      color: var(--_muted);
      font-size: 0.85em;
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    .s-no_evidence {
      fill: var(--_status-no_evidence);
      background: var(--_status-no_evidence);
    }
    .s-not_started {
      fill: var(--_status-not_started);
      background: var(--_status-not_started);
    }
    .s-limited {
      fill: var(--_status-limited);
      background: var(--_status-limited);
    }
    .s-substantial {
      fill: var(--_status-substantial);
      background: var(--_status-substantial);
    }
    .s-complete {
      fill: var(--_status-complete);
      background: var(--_status-complete);
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 0.5) calc(var(--_space) * 1.5);
      margin: 0;
      padding: 0;
      list-style: none;
      font-size: 0.9em;
    }
    .swatch {
      display: inline-block;
      inline-size: 0.9em;
      block-size: 0.9em;
      margin-inline-end: 0.35em;
      border-radius: 2px;
      vertical-align: -0.1em;
    }
    .table-wrap {
      overflow-x: auto;
    }
    table {
      /* Column widths and row heights never depend on the figures, so the loading table is
         the loaded table's exact shape. Narrow screens scroll it sideways. */
      table-layout: fixed;
      inline-size: 100%;
      min-inline-size: 40rem;
      border-collapse: collapse;
      font-variant-numeric: tabular-nums;
    }
    th,
    td {
      padding: calc(var(--_space) * 0.5) var(--_space);
      border-block-end: 1px solid var(--_border);
      text-align: end;
    }
    th[scope='row'],
    thead th:first-child {
      inline-size: 28%;
      text-align: start;
    }
    tbody tr {
      block-size: var(--lad-summary-row-height, 4.25rem);
    }
    th[scope='row'] .link {
      display: -webkit-box;
      overflow: hidden;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
      line-clamp: 2;
    }
    td > .skeleton {
      display: block;
      block-size: 1.25rem;
    }
    .link {
      padding: 0;
      border: 0;
      background: none;
      color: var(--_accent);
      text-align: start;
      text-decoration: underline;
      cursor: pointer;
    }
    @media (forced-colors: active) {
      .stack rect {
        stroke: CanvasText;
        stroke-width: 0.5;
      }
      .swatch {
        border: 1px solid CanvasText;
      }
    }
  `,
];
