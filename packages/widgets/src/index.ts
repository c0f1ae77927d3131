/**
 * `@lad/widgets`: the element classes and their events, without registering any tag. Import
 * `@lad/widgets/commitment-tracker` (and so on) to define an element, or load the CDN file.
 *
 * @packageDocumentation
 */
export { LadCommitmentTracker } from './components/commitment-tracker/commitment-tracker.js';
export * from './components/commitment-tracker/events.js';
export { LadCommitteeDirectory } from './components/committee-directory/committee-directory.js';
export * from './components/progress-summary/events.js';
export { LadProgressSummary } from './components/progress-summary/progress-summary.js';
export * from './components/proposal-form/events.js';
export { LadProposalForm } from './components/proposal-form/proposal-form.js';
export * from './components/registration-form/events.js';
export { LadRegistrationForm } from './components/registration-form/registration-form.js';
export { LadSelectionReport } from './components/selection-report/selection-report.js';
export * from './components/session-calendar/events.js';
export { LadSessionCalendar } from './components/session-calendar/session-calendar.js';
export { defineElement } from './internal/define.js';
export { LadLocaleChangeEvent } from './internal/events.js';
export { currentLocale, switchLocale } from './internal/locale.js';
