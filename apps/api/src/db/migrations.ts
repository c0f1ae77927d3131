import { type Kysely, type Migration, type MigrationProvider, sql } from 'kysely';
import type { Dialect } from './index.js';

/**
 * The schema, as ordered migrations run at start. Text columns sort byte-wise (PostgreSQL
 * `COLLATE "C"`) so ids and ISO instants order the same way in both databases.
 */
export function migrationProvider(dialect: Dialect): MigrationProvider {
  const text = dialect === 'postgres' ? sql`text collate "C"` : sql`text`;
  const real = dialect === 'postgres' ? sql`double precision` : sql`real`;

  const initial: Migration = {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('meta')
        .addColumn('key', text, (c) => c.primaryKey())
        .addColumn('value', text, (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('reference')
        .addColumn('kind', text, (c) => c.notNull())
        .addColumn('id', text, (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('data', text, (c) => c.notNull())
        .addPrimaryKeyConstraint('reference_pk', ['kind', 'id'])
        .execute();
      await db.schema
        .createIndex('reference_kind_position')
        .on('reference')
        .columns(['kind', 'position'])
        .execute();

      await db.schema
        .createTable('commitments')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('external_id', text)
        .addColumn('country', text, (c) => c.notNull())
        .addColumn('pillar', text, (c) => c.notNull())
        .addColumn('status', text, (c) => c.notNull())
        .addColumn('search', text, (c) => c.notNull())
        .addColumn('locales', text, (c) => c.notNull())
        .addColumn('data', text, (c) => c.notNull())
        .addColumn('last_updated_on', text)
        .addColumn('created_at', text, (c) => c.notNull())
        .addColumn('updated_at', text, (c) => c.notNull())
        .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      // One index per list filter, each ending in the list's sort (updated_at, id).
      await db.schema
        .createIndex('commitments_external_id')
        .unique()
        .on('commitments')
        .column('external_id')
        .execute();
      await db.schema
        .createIndex('commitments_sort')
        .on('commitments')
        .columns(['updated_at', 'id'])
        .execute();
      for (const column of ['country', 'pillar', 'status']) {
        await db.schema
          .createIndex(`commitments_${column}_sort`)
          .on('commitments')
          .columns([column, 'updated_at', 'id'])
          .execute();
      }
      for (const table of ['commitment_packages', 'commitment_mechanisms']) {
        await db.schema
          .createTable(table)
          .addColumn('commitment_id', text, (c) =>
            c.notNull().references('commitments.id').onDelete('cascade'),
          )
          .addColumn('target_id', text, (c) => c.notNull())
          .addColumn('sort_at', text, (c) => c.notNull())
          .addPrimaryKeyConstraint(`${table}_pk`, ['commitment_id', 'target_id'])
          .execute();
        await db.schema
          .createIndex(`${table}_target_sort`)
          .on(table)
          .columns(['target_id', 'sort_at', 'commitment_id'])
          .execute();
      }

      await db.schema
        .createTable('commitment_updates')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('commitment_id', text, (c) => c.notNull().references('commitments.id').onDelete('cascade'))
        .addColumn('date', text, (c) => c.notNull())
        .addColumn('data', text, (c) => c.notNull())
        .addColumn('created_at', text, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('commitment_updates_commitment')
        .on('commitment_updates')
        .columns(['commitment_id', 'date'])
        .execute();

      await db.schema
        .createTable('indicators')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('commitment_id', text, (c) => c.references('commitments.id').onDelete('set null'))
        .addColumn('country', text)
        .addColumn('pillar', text)
        .addColumn('data', text, (c) => c.notNull())
        .addColumn('updated_at', text, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('indicators_commitment')
        .on('indicators')
        .columns(['commitment_id', 'id'])
        .execute();
      await db.schema.createIndex('indicators_country').on('indicators').columns(['country', 'id']).execute();

      await db.schema
        .createTable('measurements')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('indicator_id', text, (c) => c.notNull().references('indicators.id').onDelete('cascade'))
        .addColumn('date', text, (c) => c.notNull())
        .addColumn('value', real)
        .addColumn('data', text, (c) => c.notNull())
        .addColumn('created_at', text, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('measurements_indicator')
        .on('measurements')
        .columns(['indicator_id', 'date'])
        .execute();

      await db.schema
        .createTable('events')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('kind', text, (c) => c.notNull())
        .addColumn('committee_id', text)
        .addColumn('country', text)
        .addColumn('starts_at', text, (c) => c.notNull())
        .addColumn('ends_at', text, (c) => c.notNull())
        .addColumn('capacity', 'integer')
        .addColumn('seats_taken', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('data', text, (c) => c.notNull())
        .addColumn('sequence', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', text, (c) => c.notNull())
        .addColumn('updated_at', text, (c) => c.notNull())
        .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.createIndex('events_sort').on('events').columns(['starts_at', 'id']).execute();
      for (const column of ['kind', 'country', 'committee_id']) {
        await db.schema
          .createIndex(`events_${column}_sort`)
          .on('events')
          .columns([column, 'starts_at', 'id'])
          .execute();
      }

      await db.schema
        .createTable('agendas')
        .addColumn('event_id', text, (c) => c.primaryKey().references('events.id').onDelete('cascade'))
        .addColumn('data', text, (c) => c.notNull())
        .addColumn('published_at', text)
        .addColumn('updated_at', text, (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('registrations')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('receipt', text, (c) => c.notNull().unique())
        .addColumn('event_id', text, (c) => c.notNull().references('events.id').onDelete('cascade'))
        .addColumn('status', text, (c) => c.notNull())
        .addColumn('waitlisted', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('organization', text, (c) => c.notNull())
        .addColumn('list_publicly', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('personal', text)
        .addColumn('answers', text, (c) => c.notNull())
        .addColumn('locale', text)
        .addColumn('reason', text)
        .addColumn('created_at', text, (c) => c.notNull())
        .addColumn('updated_at', text, (c) => c.notNull())
        .addColumn('purge_after', text, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('registrations_event')
        .on('registrations')
        .columns(['event_id', 'created_at', 'id'])
        .execute();
      await db.schema
        .createIndex('registrations_purge')
        .on('registrations')
        .columns(['purge_after'])
        .execute();

      await db.schema
        .createTable('proposals')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('receipt', text, (c) => c.notNull().unique())
        .addColumn('kind', text, (c) => c.notNull())
        .addColumn('target_id', text, (c) => c.notNull())
        .addColumn('status', text, (c) => c.notNull())
        .addColumn('title', text, (c) => c.notNull())
        .addColumn('body', text, (c) => c.notNull())
        .addColumn('locale', text, (c) => c.notNull())
        .addColumn('links', text, (c) => c.notNull())
        .addColumn('organization', text, (c) => c.notNull())
        .addColumn('list_publicly', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('personal', text)
        .addColumn('response', text)
        .addColumn('created_at', text, (c) => c.notNull())
        .addColumn('updated_at', text, (c) => c.notNull())
        .addColumn('purge_after', text, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('proposals_target')
        .on('proposals')
        .columns(['kind', 'target_id', 'created_at', 'id'])
        .execute();
      await db.schema.createIndex('proposals_purge').on('proposals').columns(['purge_after']).execute();

      await db.schema
        .createTable('idempotency_keys')
        .addColumn('scope', text, (c) => c.notNull())
        .addColumn('key', text, (c) => c.notNull())
        .addColumn('body_hash', text, (c) => c.notNull())
        .addColumn('state', text, (c) => c.notNull())
        .addColumn('status', 'integer')
        .addColumn('response', text)
        .addColumn('locked_at', text, (c) => c.notNull())
        .addColumn('expires_at', text, (c) => c.notNull())
        .addPrimaryKeyConstraint('idempotency_keys_pk', ['scope', 'key'])
        .execute();
      await db.schema
        .createIndex('idempotency_keys_expiry')
        .on('idempotency_keys')
        .column('expires_at')
        .execute();

      await db.schema
        .createTable('rate_limits')
        .addColumn('bucket', text, (c) => c.notNull())
        .addColumn('window_start', text, (c) => c.notNull())
        .addColumn('count', 'integer', (c) => c.notNull())
        .addColumn('expires_at', text, (c) => c.notNull())
        .addPrimaryKeyConstraint('rate_limits_pk', ['bucket', 'window_start'])
        .execute();
      await db.schema.createIndex('rate_limits_expiry').on('rate_limits').column('expires_at').execute();

      await db.schema
        .createTable('tokens')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('hash', text, (c) => c.notNull().unique())
        .addColumn('role', text, (c) => c.notNull())
        .addColumn('scope', text)
        .addColumn('label', text)
        .addColumn('created_at', text, (c) => c.notNull())
        .addColumn('revoked_at', text)
        .execute();

      await db.schema
        .createTable('audit')
        .$call((t) =>
          dialect === 'postgres'
            ? t.addColumn('id', 'bigserial', (c) => c.primaryKey())
            : t.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement()),
        )
        .addColumn('uid', text, (c) => c.notNull().unique())
        .addColumn('at', text, (c) => c.notNull())
        .addColumn('token_id', text, (c) => c.notNull())
        .addColumn('role', text, (c) => c.notNull())
        .addColumn('scope', text)
        .addColumn('label', text)
        .addColumn('action', text, (c) => c.notNull())
        .addColumn('entity_type', text, (c) => c.notNull())
        .addColumn('entity_id', text, (c) => c.notNull())
        .addColumn('changes', text)
        .execute();
    },
  };

  const seedState: Migration = {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('seed_state')
        .addColumn('kind', text, (c) => c.notNull())
        .addColumn('id', text, (c) => c.notNull())
        .addColumn('hash', text, (c) => c.notNull())
        .addColumn('seeded_at', text, (c) => c.notNull())
        .addPrimaryKeyConstraint('seed_state_pk', ['kind', 'id'])
        .execute();
    },
  };

  const selectionReports: Migration = {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('selection_reports')
        .addColumn('event_id', text, (c) => c.notNull().references('events.id').onDelete('cascade'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('published_at', text, (c) => c.notNull())
        .addColumn('data', text, (c) => c.notNull())
        .addPrimaryKeyConstraint('selection_reports_pk', ['event_id', 'version'])
        .execute();
    },
  };

  const registrationEmailKey: Migration = {
    async up(db: Kysely<unknown>) {
      // A keyed hash of the normalised email address: one application per person and event.
      await db.schema.alterTable('registrations').addColumn('email_key', text).execute();
      await db.schema
        .createIndex('registrations_event_email')
        .on('registrations')
        .columns(['event_id', 'email_key'])
        .unique()
        .execute();
    },
  };

  const tokenLifetimes: Migration = {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('tokens').addColumn('expires_at', text).execute();
      await db.schema.alterTable('tokens').addColumn('last_used_at', text).execute();
      // Tokens made before tokens expired get the default lifetime from now.
      const in90days = new Date(Date.now() + 90 * 86_400_000).toISOString();
      await sql`update tokens set expires_at = ${in90days} where expires_at is null`.execute(db);
    },
  };

  const accounts: Migration = {
    async up(db: Kysely<unknown>) {
      // People who sign in to the console. Emails are stored trimmed and lower-cased, so the
      // unique index is case-blind.
      await db.schema
        .createTable('accounts')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('email', text, (c) => c.notNull().unique())
        .addColumn('name', text, (c) => c.notNull())
        .addColumn('locale', text, (c) => c.notNull())
        .addColumn('created_at', text, (c) => c.notNull())
        .addColumn('disabled_at', text)
        .addColumn('last_sign_in_at', text)
        .execute();

      // Each role a person holds, with its scope (null for the secretariat).
      await db.schema
        .createTable('account_roles')
        .addColumn('account_id', text, (c) => c.notNull().references('accounts.id').onDelete('cascade'))
        .addColumn('role', text, (c) => c.notNull())
        .addColumn('scope', text)
        .addColumn('created_at', text, (c) => c.notNull())
        .execute();
      // A null scope is a value here: one secretariat pair per person, not one per null.
      await db.schema
        .createIndex('account_roles_pair')
        .unique()
        .on('account_roles')
        .expression(sql`account_id, role, coalesce(scope, '')`)
        .execute();

      // Only the SHA-256 of an invitation's token is kept; the token is in the link alone.
      await db.schema
        .createTable('invitations')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('hash', text, (c) => c.notNull().unique())
        .addColumn('email', text, (c) => c.notNull())
        .addColumn('name', text)
        .addColumn('role', text, (c) => c.notNull())
        .addColumn('scope', text)
        .addColumn('created_at', text, (c) => c.notNull())
        .addColumn('expires_at', text, (c) => c.notNull())
        .addColumn('used_at', text)
        .addColumn('account_id', text, (c) => c.references('accounts.id').onDelete('set null'))
        .execute();

      await db.schema
        .createTable('password_credentials')
        .addColumn('account_id', text, (c) => c.primaryKey().references('accounts.id').onDelete('cascade'))
        .addColumn('hash', text, (c) => c.notNull())
        .addColumn('created_at', text, (c) => c.notNull())
        .execute();

      // Public keys in base64url text (one representation in both databases).
      await db.schema
        .createTable('passkeys')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('account_id', text, (c) => c.notNull().references('accounts.id').onDelete('cascade'))
        .addColumn('public_key', text, (c) => c.notNull())
        .addColumn('counter', 'bigint', (c) => c.notNull())
        .addColumn('transports', text, (c) => c.notNull())
        .addColumn('created_at', text, (c) => c.notNull())
        .addColumn('last_used_at', text)
        .execute();
      await db.schema.createIndex('passkeys_account').on('passkeys').column('account_id').execute();

      // A session's id is the SHA-256 of its cookie: the database never holds a usable cookie.
      await db.schema
        .createTable('sessions')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('account_id', text, (c) => c.notNull().references('accounts.id').onDelete('cascade'))
        .addColumn('created_at', text, (c) => c.notNull())
        .addColumn('last_seen_at', text, (c) => c.notNull())
        .addColumn('revoked_at', text)
        .execute();
      await db.schema.createIndex('sessions_account').on('sessions').column('account_id').execute();

      // WebAuthn challenges, each good once for five minutes; a registration's is the person's.
      await db.schema
        .createTable('auth_challenges')
        .addColumn('challenge', text, (c) => c.primaryKey())
        .addColumn('purpose', text, (c) => c.notNull())
        .addColumn('account_id', text, (c) => c.references('accounts.id').onDelete('cascade'))
        .addColumn('expires_at', text, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('auth_challenges_expiry')
        .on('auth_challenges')
        .column('expires_at')
        .execute();

      // The audit names the person who acted (account_id); a person has no token, and signing
      // in is no one's curation, so token_id and role may now be null. SQLite cannot drop a
      // NOT NULL: the table is copied (ids and order kept), in one transaction.
      if (dialect === 'postgres') {
        await sql`alter table audit alter column token_id drop not null`.execute(db);
        await sql`alter table audit alter column role drop not null`.execute(db);
        await db.schema.alterTable('audit').addColumn('account_id', text).execute();
      } else {
        await db.transaction().execute(async (trx) => {
          await trx.schema
            .createTable('audit_next')
            .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
            .addColumn('uid', text, (c) => c.notNull().unique())
            .addColumn('at', text, (c) => c.notNull())
            .addColumn('token_id', text)
            .addColumn('account_id', text)
            .addColumn('role', text)
            .addColumn('scope', text)
            .addColumn('label', text)
            .addColumn('action', text, (c) => c.notNull())
            .addColumn('entity_type', text, (c) => c.notNull())
            .addColumn('entity_id', text, (c) => c.notNull())
            .addColumn('changes', text)
            .execute();
          await sql`insert into audit_next (id, uid, at, token_id, role, scope, label, action, entity_type, entity_id, changes)
            select id, uid, at, token_id, role, scope, label, action, entity_type, entity_id, changes from audit`.execute(
            trx,
          );
          await trx.schema.dropTable('audit').execute();
          await trx.schema.alterTable('audit_next').renameTo('audit').execute();
        });
      }
    },
  };

  // Imports run as jobs: the page that started one can be closed, and any instance answers how
  // far it got. The parsed file waits in `input` between the dry run and applying, then is
  // dropped. Indicators get an external id, so a measurement matrix imports idempotently.
  const importJobs: Migration = {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('import_jobs')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('kind', text, (c) => c.notNull())
        .addColumn('file_name', text)
        .addColumn('format', text, (c) => c.notNull())
        .addColumn('token_id', text)
        .addColumn('account_id', text)
        .addColumn('actor', text, (c) => c.notNull())
        .addColumn('status', text, (c) => c.notNull())
        .addColumn('stage', text, (c) => c.notNull())
        .addColumn('processed', 'integer', (c) => c.notNull())
        .addColumn('total', 'integer', (c) => c.notNull())
        .addColumn('input', text)
        .addColumn('result', text)
        .addColumn('error', text)
        .addColumn('created_at', text, (c) => c.notNull())
        .addColumn('updated_at', text, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('import_jobs_created').on('import_jobs').column('created_at').execute();
      await db.schema.alterTable('indicators').addColumn('external_id', text).execute();
      await db.schema
        .createIndex('indicators_external_id')
        .unique()
        .on('indicators')
        .column('external_id')
        .execute();
    },
  };

  // E-mail leaves through a transactional outbox: a message is written in the same transaction
  // as the change it tells about; a worker sends it (with retries) and marks it sent. `key` makes
  // a message once-only (a resend of the same change writes nothing new).
  const outbox: Migration = {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('outbox')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('key', text, (c) => c.notNull().unique())
        .addColumn('kind', text, (c) => c.notNull())
        .addColumn('to_address', text)
        .addColumn('locale', text, (c) => c.notNull())
        .addColumn('data', text, (c) => c.notNull())
        .addColumn('status', text, (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('next_attempt_at', text, (c) => c.notNull())
        .addColumn('lease_until', text)
        .addColumn('last_error', text)
        .addColumn('created_at', text, (c) => c.notNull())
        .addColumn('sent_at', text)
        .execute();
      await db.schema.createIndex('outbox_due').on('outbox').columns(['status', 'next_attempt_at']).execute();
    },
  };

  // Meetings (R2, R5, R12): selection criteria keep every version once registration has opened
  // (`event_criteria_versions`; the event's `criteria_version` is the one in force, and each
  // registration records the one it answered — `null` for those from before); an event may
  // belong to a regional mechanism. Events that take registrations get their criteria as
  // version 1.
  const eventVersions: Migration = {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('events').addColumn('mechanism', text).execute();
      await db.schema
        .alterTable('events')
        .addColumn('criteria_version', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
      await db.schema
        .createIndex('events_mechanism_sort')
        .on('events')
        .columns(['mechanism', 'starts_at', 'id'])
        .execute();
      await db.schema.alterTable('registrations').addColumn('criteria_version', 'integer').execute();
      await db.schema
        .createTable('event_criteria_versions')
        .addColumn('event_id', text, (c) => c.notNull().references('events.id').onDelete('cascade'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('criteria', text, (c) => c.notNull())
        .addColumn('published_at', text, (c) => c.notNull())
        .addColumn('superseded_at', text)
        .addPrimaryKeyConstraint('event_criteria_versions_pk', ['event_id', 'version'])
        .execute();
      const events = await sql<{ id: string; data: string; created_at: string }>`
        select id, data, created_at from events`.execute(db);
      for (const e of events.rows) {
        const window = (
          JSON.parse(e.data) as {
            registration?: { criteria?: unknown[]; criteriaPublishedAt?: string | null } | null;
          }
        ).registration;
        if (!window) continue;
        await sql`insert into event_criteria_versions (event_id, version, criteria, published_at, superseded_at)
          values (${e.id}, 1, ${JSON.stringify(window.criteria ?? [])}, ${window.criteriaPublishedAt ?? e.created_at}, null)`.execute(
          db,
        );
      }
    },
  };

  // Committees' answers to proposals keep every version (R5): a new answer adds a row, the
  // proposal shows the latest, and `answered_at` proves when the committee answered. A merged
  // proposal points to the one it was merged into.
  const proposalAnswers: Migration = {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('proposal_answers')
        .addColumn('proposal_id', text, (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('action', text, (c) => c.notNull())
        .addColumn('status', text, (c) => c.notNull())
        .addColumn('text', text)
        .addColumn('reason', text)
        .addColumn('merged_into', text)
        .addColumn('answered_at', text, (c) => c.notNull())
        .addColumn('answered_by', text)
        .addPrimaryKeyConstraint('proposal_answers_pk', ['proposal_id', 'version'])
        .execute();
      await db.schema.alterTable('proposals').addColumn('merged_into', text).execute();
      await db.schema.createIndex('proposals_merged_into').on('proposals').column('merged_into').execute();
    },
  };

  // CSO selection (R2): decisions' reason codes and a second person's confirmation, per event.
  const selection: Migration = {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('registration_decisions')
        .addColumn('registration_id', text, (c) => c.primaryKey())
        .addColumn('event_id', text, (c) => c.notNull())
        .addColumn('reason_code', text)
        .addColumn('decided_by', text)
        .addColumn('decided_at', text)
        .addColumn('proposed_decision', text)
        .addColumn('proposed_reason_code', text)
        .addColumn('proposed_reason_text', text)
        .addColumn('proposed_by', text)
        .addColumn('proposed_label', text)
        .addColumn('proposed_at', text)
        .addColumn('notified_decision', text)
        .addColumn('notified_key', text)
        .addColumn('notified_at', text)
        .addColumn('notified_count', 'integer')
        .execute();
      await db.schema
        .createIndex('registration_decisions_event')
        .on('registration_decisions')
        .column('event_id')
        .execute();
      await db.schema
        .createTable('selection_settings')
        .addColumn('event_id', text, (c) => c.primaryKey())
        .addColumn('require_confirmation', 'integer', (c) => c.notNull())
        .addColumn('updated_at', text, (c) => c.notNull())
        .execute();
    },
  };

  // Single sign-on (OpenID Connect): the provider subjects linked to accounts — one per account
  // and provider — and the sign-ins under way (state, nonce, PKCE verifier), good once.
  const oidc: Migration = {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('oidc_identities')
        .addColumn('issuer', text, (c) => c.notNull())
        .addColumn('subject', text, (c) => c.notNull())
        .addColumn('account_id', text, (c) => c.notNull().references('accounts.id').onDelete('cascade'))
        .addColumn('created_at', text, (c) => c.notNull())
        .addColumn('last_used_at', text)
        .addPrimaryKeyConstraint('oidc_identities_pk', ['issuer', 'subject'])
        .addUniqueConstraint('oidc_identities_account', ['account_id', 'issuer'])
        .execute();
      await db.schema
        .createTable('oidc_logins')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('state', text, (c) => c.notNull())
        .addColumn('nonce', text, (c) => c.notNull())
        .addColumn('code_verifier', text, (c) => c.notNull())
        .addColumn('next', text)
        .addColumn('expires_at', text, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('oidc_logins_expires').on('oidc_logins').column('expires_at').execute();
    },
  };

  // People managed from the console: an invitation remembers the language chosen for the person.
  const people: Migration = {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('invitations').addColumn('locale', text).execute();
    },
  };

  return {
    async getMigrations() {
      return {
        '0001_initial': initial,
        '0002_seed_state': seedState,
        '0003_selection_reports': selectionReports,
        '0004_registration_email_key': registrationEmailKey,
        '0005_token_lifetimes': tokenLifetimes,
        '0006_accounts': accounts,
        '0007_import_jobs': importJobs,
        '0008_outbox': outbox,
        '0009_event_versions': eventVersions,
        '0010_selection': selection,
        '0011_proposal_answers': proposalAnswers,
        '0012_people': people,
        '0014_oidc': oidc,
      };
    },
  };
}
