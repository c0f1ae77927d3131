import { css } from 'lit';
import { base, titledLayout } from '../../internal/styles.js';
import { headings, panel, problemOverlay } from '../../internal/view-styles.js';

export const styles = [
  base,
  titledLayout,
  headings,
  problemOverlay,
  panel,
  css`
    :host {
      --_cell: var(--lad-calendar-cell-height, 6.5rem);
    }
    .base {
      gap: calc(var(--_space) * 1.5);
    }
    h3 {
      font-size: 1.15em;
    }
    h5 {
      font-size: 0.95em;
    }
    .nav {
      align-items: center;
    }
    .nav h3 {
      min-inline-size: 10ch;
      text-align: center;
    }
    .zone {
      margin: 0 0 0 auto;
    }
    .muted {
      color: var(--_muted);
    }
    .body {
      position: relative;
    }
    .grid {
      inline-size: 100%;
      table-layout: fixed;
      border-collapse: collapse;
    }
    .grid th {
      padding-block: 0.25rem;
      color: var(--_muted);
      font-weight: 600;
      font-size: 0.9em;
    }
    .grid td {
      block-size: var(--_cell);
      padding: 0.2rem;
      border: 1px solid var(--_border);
      vertical-align: top;
      overflow: hidden;
      cursor: default;
    }
    .grid td.outside {
      background: var(--_subtle);
    }
    .grid td.outside .day {
      color: var(--_muted);
    }
    .grid td.today .day {
      display: inline-grid;
      place-items: center;
      min-inline-size: 1.6em;
      border-radius: 999px;
      background: var(--_accent);
      color: var(--_surface);
    }
    .grid td[aria-selected='true'] {
      background: var(--_subtle);
    }
    .grid td:focus-visible {
      outline-offset: -3px;
    }
    .day-events {
      display: grid;
      gap: 2px;
      margin: 0.15rem 0 0;
      padding: 0;
      list-style: none;
    }
    .chip {
      display: block;
      inline-size: 100%;
      padding: 0.1rem 0.3rem;
      border: 0;
      border-inline-start: 3px solid var(--_accent);
      border-radius: 0.2rem;
      background: var(--_subtle);
      color: inherit;
      font: inherit;
      font-size: 0.8em;
      text-align: start;
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
      cursor: pointer;
    }
    .chip[data-selected] {
      outline: 2px solid var(--_accent);
    }
    .chip .lang-tag {
      display: none;
    }
    .more {
      font-size: 0.8em;
      color: var(--_muted);
    }
    .skeleton.block {
      block-size: 30rem;
    }
    .details {
      min-block-size: 6rem;
    }
    .event {
      gap: 0.4rem;
    }
    .event p {
      margin: 0;
    }
    .kind {
      color: var(--_muted);
      font-size: 0.9em;
    }
    .registration .state {
      font-weight: 600;
    }
    .registration .button {
      margin-inline-start: var(--_space);
    }
    .agenda ol {
      margin: 0.25rem 0 0;
      padding-inline-start: 1.5em;
    }
    .add {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem calc(var(--_space) * 1.5);
      align-items: baseline;
    }
    .add a {
      display: inline-block;
      min-block-size: 1.5rem;
    }
    .list section {
      display: grid;
      gap: var(--_space);
      margin-block-end: calc(var(--_space) * 2);
    }
    .events {
      display: grid;
      gap: var(--_space);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .link {
      padding: 0;
      border: 0;
      background: none;
      color: var(--_accent);
      font: inherit;
      text-align: start;
      text-decoration: underline;
      cursor: pointer;
    }
    .table-wrap {
      block-size: 16rem;
      overflow: auto;
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) * 0.5);
    }
    .table-wrap.single {
      block-size: 6rem;
    }
    .skeleton.fill {
      block-size: 100%;
    }
    .cadence table {
      inline-size: 100%;
      border-collapse: collapse;
    }
    .cadence th,
    .cadence td {
      padding: 0.3rem 0.5rem;
      border-block-end: 1px solid var(--_border);
      text-align: start;
      vertical-align: top;
    }
    .gap {
      display: block;
      color: var(--_danger);
      font-weight: 600;
    }
    .subscribe {
      display: grid;
      gap: var(--_space);
    }
    .subscribe p {
      margin: 0;
    }
    .feed {
      inline-size: 100%;
      min-block-size: 2.5rem;
      padding-inline: calc(var(--_space) * 0.75);
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) * 0.75);
      background: var(--_subtle);
    }
    @media (forced-colors: active) {
      .grid td.today .day {
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
      }
      .gap {
        color: CanvasText;
      }
    }
  `,
];
