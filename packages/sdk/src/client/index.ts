export { createLadClient, type LadClient } from './create-client.js';
export { createIdempotencyKey } from './idempotency.js';
export {
  addCommitteeMember,
  addSecretariatSeat,
  bodiesClient,
  getCommitteeRoster,
  listSecretariatSeats,
  removeCommitteeMember,
  removeSecretariatSeat,
  updateCommitteeMember,
  updateMechanism,
  updateSecretariatSeat,
} from './resources/bodies.js';
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
export {
  cancelEvent,
  createEvent,
  currentEventOf,
  type EventChangeOptions,
  eventsClient,
  getAgendaDraft,
  getCriteriaHistory,
  getEvent,
  getEventWithVersion,
  iterateEvents,
  listEvents,
  publishAgenda,
  putAgenda,
  updateEvent,
  updateEventWithVersion,
  type VersionedEvent,
} from './resources/events.js';
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
export { getOutboxMessage, listOutbox, outboxClient, retryOutboxMessage } from './resources/outbox.js';
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
  createApiToken,
  invitePerson,
  listApiTokens,
  listPeople,
  peopleClient,
  removePerson,
  revokeApiToken,
  tokensClient,
  updatePerson,
} from './resources/people.js';
export {
  acceptProposal,
  answerProposal,
  declineProposal,
  getProposalDetail,
  iterateProposalQueue,
  listProposalAnswers,
  listProposalQueue,
  mergeProposal,
  proposalsAdminClient,
} from './resources/proposals-admin.js';
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
  confirmDecisions,
  decideRegistrations,
  discardDecisions,
  listSelection,
  notifyRegistrants,
  publishSelectionReport,
  registrationsExportUrl,
  selectionClient,
  setSelectionSettings,
} from './resources/selection.js';
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
