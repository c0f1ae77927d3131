import type { Generated } from 'kysely';

// Storage types shared by SQLite and PostgreSQL. Instants are ISO 8601 UTC strings
// (`2026-03-05T19:00:00.000Z`, sortable as text), calendar days `YYYY-MM-DD`, booleans 0/1,
// structured values JSON text. One representation means one code path for both databases.

export interface MetaTable {
  key: string;
  value: string;
}

export interface ReferenceTable {
  /** `pillar`, `country`, `action_package`, `committee`, `mechanism`, `secretariat`. */
  kind: string;
  id: string;
  position: number;
  data: string;
}

export interface CommitmentTable {
  id: string;
  external_id: string | null;
  country: string;
  pillar: string;
  status: string;
  /** Accent-folded, lower-cased titles and descriptions in every language, for `q`. */
  search: string;
  /** `,es,ht,`: languages the title exists in. */
  locales: string;
  data: string;
  last_updated_on: string | null;
  created_at: string;
  updated_at: string;
  demo: number;
}

export interface CommitmentLinkTable {
  commitment_id: string;
  target_id: string;
  /** The commitment's updated_at, so a filter on the link lists in the list's order from its index. */
  sort_at: string;
}

export interface CommitmentUpdateTable {
  id: string;
  commitment_id: string;
  date: string;
  data: string;
  created_at: string;
}

export interface IndicatorTable {
  id: string;
  /** The id in a ministry's own matrix, matched by the indicators import. */
  external_id: string | null;
  commitment_id: string | null;
  country: string | null;
  pillar: string | null;
  data: string;
  updated_at: string;
}

export interface MeasurementTable {
  id: string;
  indicator_id: string;
  date: string;
  value: number | null;
  data: string;
  created_at: string;
}

export interface EventTable {
  id: string;
  kind: string;
  committee_id: string | null;
  country: string | null;
  starts_at: string;
  ends_at: string;
  capacity: number | null;
  seats_taken: number;
  data: string;
  sequence: number;
  created_at: string;
  updated_at: string;
  demo: number;
  /** The regional mechanism it belongs to (migration 0009). */
  mechanism: string | null;
  /** The selection criteria's version in force (migration 0009). */
  criteria_version: Generated<number>;
}

/** One version of an event's selection criteria (migration 0009); past versions never change. */
export interface EventCriteriaVersionTable {
  event_id: string;
  version: number;
  /** SelectionCriterion[] as JSON. */
  criteria: string;
  published_at: string;
  superseded_at: string | null;
}

export interface AgendaTable {
  event_id: string;
  data: string;
  published_at: string | null;
  updated_at: string;
}

export interface RegistrationTable {
  id: string;
  receipt: string;
  event_id: string;
  status: string;
  waitlisted: number;
  /** Organisation as sent (not personal data): name, country, level, kinds, led-by, website. */
  organization: string;
  list_publicly: number;
  /** Personal data: representative's name, email, role, languages, needs. `null` once purged. */
  personal: string | null;
  answers: string;
  locale: string | null;
  reason: string | null;
  created_at: string;
  updated_at: string;
  purge_after: string;
  /**
   * A keyed hash of the representative's normalised email (one application per person and
   * event); `null` once purged, and for applications from before it was kept.
   */
  email_key: string | null;
  /** The selection criteria's version the answers answer (migration 0009); `null` from before. */
  criteria_version?: number | null;
}

export interface ProposalTable {
  id: string;
  receipt: string;
  /** `agenda_topic` or `policy`. */
  kind: string;
  /** Event id for agenda topics, committee id for policy proposals. */
  target_id: string;
  status: string;
  title: string;
  body: string;
  locale: string;
  links: string;
  organization: string;
  list_publicly: number;
  /** Personal data: the contact's name and email. `null` once purged. */
  personal: string | null;
  response: string | null;
  created_at: string;
  updated_at: string;
  purge_after: string;
  /** The proposal this one was merged into (migration 0011). */
  merged_into?: string | null;
}

/** One version of a committee's answer to a proposal (migration 0011); never changed. */
export interface ProposalAnswerTable {
  proposal_id: string;
  version: number;
  /** `accept`, `merge`, `decline`, `answer` or `decide` (the older PATCH routes). */
  action: string;
  /** The proposal's status after this answer. */
  status: string;
  /** The public answer written then (LocalizedText JSON); `null` when none was. */
  text: string | null;
  /** The decline reason code. */
  reason: string | null;
  merged_into: string | null;
  answered_at: string;
  /** The person's name or the token's label. */
  answered_by: string | null;
}

export interface IdempotencyTable {
  scope: string;
  key: string;
  body_hash: string;
  /** `pending` while the first request is processed, then `done`. */
  state: string;
  status: number | null;
  response: string | null;
  locked_at: string;
  expires_at: string;
}

export interface RateLimitTable {
  bucket: string;
  window_start: string;
  count: number;
  expires_at: string;
}

export interface TokenTable {
  id: string;
  hash: string;
  role: string;
  scope: string | null;
  label: string | null;
  created_at: string;
  revoked_at: string | null;
  /** After this instant the token no longer works. */
  expires_at: string | null;
  /** When the token last authenticated a request (kept to the nearest few minutes). */
  last_used_at: string | null;
}

export interface AuditTable {
  id: Generated<number>;
  uid: string;
  at: string;
  /** The token used; `null` for a person (and in entries of what no token did, such as a sign-in). */
  token_id: string | null;
  /** The person who acted, signed in to the console; `null` for tokens and older entries. */
  account_id: string | null;
  /** The role acted in; `null` for what is no one's curation (signing in, failed sign-ins). */
  role: string | null;
  scope: string | null;
  label: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  changes: string | null;
}

/**
 * What the reference seed last wrote for each record it owns (a hash of the fields), so a
 * later release updates only what no operator has changed since.
 */
export interface SeedStateTable {
  kind: string;
  id: string;
  hash: string;
  seeded_at: string;
}

/** A published selection report, frozen: a new publication is a new version. */
export interface SelectionReportTable {
  event_id: string;
  version: number;
  published_at: string;
  data: string;
}

/** A person who signs in to the console. */
export interface AccountTable {
  id: string;
  /** Trimmed and lower-cased. */
  email: string;
  name: string;
  /** One of the five core languages. */
  locale: string;
  created_at: string;
  /** Once set, the person can no longer sign in and their sessions stop working. */
  disabled_at: string | null;
  last_sign_in_at: string | null;
}

/** One role a person holds, with its scope (`null` for the secretariat). */
export interface AccountRoleTable {
  account_id: string;
  role: string;
  scope: string | null;
  created_at: string;
}

/** An invitation to the console: only the SHA-256 of its token is kept. */
export interface InvitationTable {
  id: string;
  hash: string;
  email: string;
  /** The name given when inviting, offered in the form. */
  name: string | null;
  role: string;
  scope: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  /** The account that accepted it. */
  account_id: string | null;
  /** The language chosen for the person when invited from the console (migration 0012). */
  locale?: string | null;
}

/** A person's password, as `scrypt$<N>$<r>$<p>$<salt>$<key>` (see store/passwords.ts). */
export interface PasswordCredentialTable {
  account_id: string;
  hash: string;
  created_at: string;
}

/** A WebAuthn credential (passkey). */
export interface PasskeyTable {
  /** The credential id, base64url. */
  id: string;
  account_id: string;
  /** The COSE public key, base64url. */
  public_key: string;
  /** The authenticator's signature counter (0 for those that keep none). */
  counter: number;
  /** JSON array of transports (`internal`, `hybrid`, `usb`…), a hint for the browser. */
  transports: string;
  created_at: string;
  last_used_at: string | null;
}

/** A console session: its id is the SHA-256 of the cookie's value. */
export interface SessionTable {
  id: string;
  account_id: string;
  created_at: string;
  /** Kept to the nearest minute: the idle limit counts from it. */
  last_seen_at: string;
  revoked_at: string | null;
}

/** A WebAuthn challenge handed out, good once until it expires. */
export interface AuthChallengeTable {
  challenge: string;
  /** `register` or `authenticate`. */
  purpose: string;
  /** For a registration, the person adding the passkey. */
  account_id: string | null;
  expires_at: string;
}

export interface ImportJobTable {
  id: string;
  /** `commitments` or `indicators`. */
  kind: string;
  file_name: string | null;
  /** `csv` or `xlsx`. */
  format: string;
  /** Who started it: a token, or a person signed in. */
  token_id: string | null;
  account_id: string | null;
  /** The actor (role, scope, label) as JSON, to apply with the same rights. */
  actor: string;
  /** `checking`, `checked`, `applying`, `applied` or `failed`. */
  status: string;
  /** `check` or `apply`. */
  stage: string;
  processed: number;
  total: number;
  /** The parsed file (JSON: columns, rows, parse errors), kept until applied. */
  input: string | null;
  /** The ImportResult of the dry run, then of applying (JSON). */
  result: string | null;
  /** `{ code, detail }` of a failed job (JSON). */
  error: string | null;
  created_at: string;
  updated_at: string;
}

export interface OutboxTable {
  id: string;
  /** Once-only key of the message, e.g. `registration.decision:<id>:<version>`. */
  key: string;
  /** What the message tells (see `MessageKind` in store/outbox.ts). */
  kind: string;
  /** Personal data: the address; `null` once purged after sending. */
  to_address: string | null;
  /** The language the person used. */
  locale: string;
  /** What the message is made from (JSON): only the recipient's own data and public facts. */
  data: string;
  /** `pending`, `sending`, `sent` or `failed` (retries exhausted). */
  status: string;
  attempts: number;
  next_attempt_at: string;
  /** While `sending`: until when one worker holds it. */
  lease_until: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

/**
 * The selection's side of an application (migration 0010): the reason code of the decision in
 * force and who took it, and a decision proposed by one person until another confirms it.
 */
export interface RegistrationDecisionTable {
  registration_id: string;
  event_id: string;
  /** The reason code of the decision in force (see `SELECTION_REASON_CODES`). */
  reason_code: string | null;
  /** Who took or confirmed the decision in force (a person's name or a token's label), and when. */
  decided_by: string | null;
  decided_at: string | null;
  /** A decision waiting for a second person: `selected`, `waitlisted` or `not_selected`. */
  proposed_decision: string | null;
  proposed_reason_code: string | null;
  proposed_reason_text: string | null;
  /** Who proposed it: `account:<id>` or `token:<id>` (compared, never shown), and their name or label. */
  proposed_by: string | null;
  proposed_label: string | null;
  proposed_at: string | null;
  /** The decision last e-mailed to the registrant, the outbox key of that message, when, and how many so far. */
  notified_decision: string | null;
  notified_key: string | null;
  notified_at: string | null;
  notified_count: number | null;
}

/** How an event's selection is run (migration 0010). */
export interface SelectionSettingTable {
  event_id: string;
  /** 1: a decision is proposed until a second person confirms it. */
  require_confirmation: number;
  updated_at: string;
}

/** A provider subject linked to an account (single sign-on, migration 0014). */
export interface OidcIdentityTable {
  /** The provider's issuer, as configured (`OIDC_ISSUER`). */
  issuer: string;
  /** The person's `sub` at that provider: stable, whatever their email becomes. */
  subject: string;
  account_id: string;
  created_at: string;
  last_used_at: string | null;
}

/** A single sign-on under way: its id is the SHA-256 of the browser cookie that binds it (migration 0014). */
export interface OidcLoginTable {
  id: string;
  state: string;
  nonce: string;
  /** The PKCE code verifier, sent with the code to the provider's token endpoint. */
  code_verifier: string;
  /** The console page to open afterwards. */
  next: string | null;
  expires_at: string;
}

export interface Database {
  meta: MetaTable;
  reference: ReferenceTable;
  commitments: CommitmentTable;
  commitment_packages: CommitmentLinkTable;
  commitment_mechanisms: CommitmentLinkTable;
  commitment_updates: CommitmentUpdateTable;
  indicators: IndicatorTable;
  measurements: MeasurementTable;
  events: EventTable;
  agendas: AgendaTable;
  event_criteria_versions: EventCriteriaVersionTable;
  registrations: RegistrationTable;
  proposals: ProposalTable;
  proposal_answers: ProposalAnswerTable;
  idempotency_keys: IdempotencyTable;
  rate_limits: RateLimitTable;
  tokens: TokenTable;
  audit: AuditTable;
  seed_state: SeedStateTable;
  selection_reports: SelectionReportTable;
  accounts: AccountTable;
  account_roles: AccountRoleTable;
  invitations: InvitationTable;
  password_credentials: PasswordCredentialTable;
  passkeys: PasskeyTable;
  sessions: SessionTable;
  auth_challenges: AuthChallengeTable;
  import_jobs: ImportJobTable;
  outbox: OutboxTable;
  oidc_identities: OidcIdentityTable;
  oidc_logins: OidcLoginTable;
  registration_decisions: RegistrationDecisionTable;
  selection_settings: SelectionSettingTable;
}
