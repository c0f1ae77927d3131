/**
 * `@lad/widgets/react`: every LAD widget as a React component (made with `@lit/react`), with
 * typed props for its attributes and properties and `on…` props for its events. Importing it
 * defines the custom elements.
 *
 * @example
 * import { LadCommitmentTracker } from '@lad/widgets/react';
 * <LadCommitmentTracker apiBase="https://api.example.org" country="HT" lang="ht"
 *   onLadCommitmentSelect={(e) => console.log(e.detail.id)} />
 *
 * @packageDocumentation
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import {
  LadCommitmentSelectEvent,
  LadFilterChangeEvent,
  LadCommitmentTracker as TrackerElement,
} from '../components/commitment-tracker/lad-commitment-tracker.js';
import { LadCommitteeDirectory as DirectoryElement } from '../components/committee-directory/lad-committee-directory.js';
import {
  LadGroupSelectEvent,
  LadProgressSummary as SummaryElement,
} from '../components/progress-summary/lad-progress-summary.js';
import {
  LadProposalSubmitEvent,
  LadProposalForm as ProposalElement,
} from '../components/proposal-form/lad-proposal-form.js';
import {
  LadRegistrationSubmitEvent,
  LadRegistrationForm as RegistrationElement,
} from '../components/registration-form/lad-registration-form.js';
import { LadSelectionReport as ReportElement } from '../components/selection-report/lad-selection-report.js';
import {
  LadSessionCalendar as CalendarElement,
  LadEventSelectEvent,
  LadRegistrationOpenEvent,
} from '../components/session-calendar/lad-session-calendar.js';
import { LadLocaleChangeEvent } from '../internal/events.js';

const locale = { onLadLocaleChange: LadLocaleChangeEvent.type as EventName<LadLocaleChangeEvent> };

export const LadCommitmentTracker = createComponent({
  react: React,
  tagName: 'lad-commitment-tracker',
  elementClass: TrackerElement,
  events: {
    onLadFilterChange: LadFilterChangeEvent.type as EventName<LadFilterChangeEvent>,
    onLadCommitmentSelect: LadCommitmentSelectEvent.type as EventName<LadCommitmentSelectEvent>,
    ...locale,
  },
});

export const LadProgressSummary = createComponent({
  react: React,
  tagName: 'lad-progress-summary',
  elementClass: SummaryElement,
  events: { onLadGroupSelect: LadGroupSelectEvent.type as EventName<LadGroupSelectEvent>, ...locale },
});

export const LadRegistrationForm = createComponent({
  react: React,
  tagName: 'lad-registration-form',
  elementClass: RegistrationElement,
  events: {
    onLadRegistrationSubmit: LadRegistrationSubmitEvent.type as EventName<LadRegistrationSubmitEvent>,
    ...locale,
  },
});

export const LadProposalForm = createComponent({
  react: React,
  tagName: 'lad-proposal-form',
  elementClass: ProposalElement,
  events: {
    onLadProposalSubmit: LadProposalSubmitEvent.type as EventName<LadProposalSubmitEvent>,
    ...locale,
  },
});

export const LadSelectionReport = createComponent({
  react: React,
  tagName: 'lad-selection-report',
  elementClass: ReportElement,
  events: locale,
});

export const LadSessionCalendar = createComponent({
  react: React,
  tagName: 'lad-session-calendar',
  elementClass: CalendarElement,
  events: {
    onLadEventSelect: LadEventSelectEvent.type as EventName<LadEventSelectEvent>,
    onLadRegistrationOpen: LadRegistrationOpenEvent.type as EventName<LadRegistrationOpenEvent>,
    ...locale,
  },
});

export const LadCommitteeDirectory = createComponent({
  react: React,
  tagName: 'lad-committee-directory',
  elementClass: DirectoryElement,
  events: locale,
});
