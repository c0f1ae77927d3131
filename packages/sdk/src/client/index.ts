export { createLadClient, type LadClient } from './create-client.js';
export { createIdempotencyKey } from './idempotency.js';
export {
  addCommitmentUpdate,
  type CommitmentChangeOptions,
  commitmentsClient,
  commitmentsExportUrl,
  createCommitment,
  currentCommitmentOf,
  getCommitment,
  getCommitmentWithVersion,
  type ImportOptions,
  importCommitments,
  importTemplateUrl,
  iterateCommitments,
  listCommitments,
  updateCommitment,
  updateCommitmentWithVersion,
  type VersionedCommitment,
} from './resources/commitments.js';
export { eventsClient, getEvent, iterateEvents, listEvents } from './resources/events.js';
export {
  applyImportJob,
  getImportJob,
  type IndicatorImportOptions,
  importIndicators,
  importsClient,
  listImportJobs,
  type Matrix,
  type StartImportOptions,
  startImport,
} from './resources/imports.js';
export {
  addMeasurement,
  createIndicator,
  getProgressSummary,
  indicatorsClient,
  progressClient,
} from './resources/indicators.js';
export { listTranslationQueue, metaClient } from './resources/meta.js';
export {
  getSelectionReport,
  iterateAgendaTopics,
  iteratePolicyProposals,
  listAgendaTopics,
  listPolicyProposals,
  proposalsClient,
  type RegistrationQuery,
  registrationsClient,
  submitAgendaTopic,
  submitPolicyProposal,
  submitRegistration,
} from './resources/participation.js';
export {
  listActionPackages,
  listCommittees,
  listCountries,
  listMechanisms,
  listPillars,
  listSecretariat,
  referenceClient,
} from './resources/reference.js';
export {
  createLadTransport,
  type LadClientOptions,
  type LadRetryOptions,
  type LadTransport,
  type RequestOptions,
  type VersionOptions,
  type WriteOptions,
} from './transport.js';
export type { Cursor } from './util.js';
