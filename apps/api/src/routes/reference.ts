import {
  ActionPackage,
  Committee,
  Country,
  Health,
  Pillar,
  RegionalMechanism,
  SecretariatMember,
  TranslationCompleteness,
  TranslationQueue,
  TranslationQueueQuery,
} from '@lad/sdk';
import * as z from 'zod/mini';
import { currentRevision } from '../db/index.js';
import { PROBLEM_TITLES, ProblemError, problemType } from '../http/problem.js';
import type { Registry } from '../http/registry.js';
import { canTouchCommitment } from '../http/scope.js';
import { readQuery } from '../http/validate.js';
import { publicCommittee, publicSeat, type StoredCommittee, type StoredSeat } from '../store/bodies.js';
import { listReference, type ReferenceKind } from '../store/reference.js';
import { translationCompleteness, translationQueue } from '../store/translations.js';
import { actorOf, deps, List } from './shared.js';

export const VERSION = '0.1.0';

const ProblemType = z.object({ type: z.string(), code: z.string(), title: z.string() });

/** Health, reference lists, translation completeness and problem types. */
export function registerReference(r: Registry): void {
  r.add(
    {
      method: 'get',
      path: '/v1/health',
      operationId: 'health',
      summary: 'Is the API up, which database does it use, what is the data revision',
      tag: 'Meta',
      access: 'public',
      response: { status: 200, description: 'Healthy.', schema: Health },
      errors: [],
      cache: 'none',
    },
    async (c) => {
      const { db } = deps(c);
      const revision = await currentRevision(db.kysely);
      c.header('cache-control', 'no-store');
      return c.json({ status: 'ok', version: VERSION, database: db.dialect, revision } satisfies Health);
    },
  );

  const lists: [string, string, ReferenceKind, z.core.$ZodType, string][] = [
    [
      '/v1/countries',
      'listCountries',
      'country',
      Country,
      'Endorsing countries (with the date each endorsed) and other countries referred to',
    ],
    ['/v1/pillars', 'listPillars', 'pillar', Pillar, 'The four pillars, Pillar IV included'],
    [
      '/v1/action-packages',
      'listActionPackages',
      'action_package',
      ActionPackage,
      'Action packages with their pillar, lead and participant countries',
    ],
    [
      '/v1/mechanisms',
      'listMechanisms',
      'mechanism',
      RegionalMechanism,
      'Regional mechanisms (R12) and their members',
    ],
    [
      '/v1/secretariat',
      'listSecretariat',
      'secretariat',
      SecretariatMember,
      'Members of the technical secretariat; CSO seats are marked',
    ],
  ];
  for (const [path, operationId, kind, schema, summary] of lists) {
    r.add(
      {
        method: 'get',
        path,
        operationId,
        summary,
        tag: 'Reference',
        access: 'public',
        response: { status: 200, description: 'The list.', schema: List(schema) },
        errors: [],
        cache: 'revision',
      },
      async (c) => {
        const items = await listReference<Record<string, unknown>>(deps(c).db.kysely, kind);
        // Secretariat members: only those who consented to their name, with consented details.
        if (kind === 'secretariat')
          return c.json({ items: items.map((m) => publicSeat(m as unknown as StoredSeat)).filter(Boolean) });
        return c.json({ items });
      },
    );
  }

  r.add(
    {
      method: 'get',
      path: '/v1/committees',
      operationId: 'listCommittees',
      summary: 'Action-package committees: coordinator and designated CSO representative (R4)',
      description:
        'Each detail of a member (name, organisation, email, phone, country, languages) appears only where that person consented to publish it; `members` lists every member with those details, `coordinator` and `csoRepresentative` the first of each role who consented to their name.',
      tag: 'Reference',
      access: 'public',
      response: { status: 200, description: 'The committees.', schema: List(Committee) },
      errors: [],
      cache: 'revision',
    },
    async (c) => {
      const committees = await listReference<StoredCommittee>(deps(c).db.kysely, 'committee');
      // Each member's details only where that person consented to publish them (store/bodies.ts).
      return c.json({ items: committees.map(publicCommittee) });
    },
  );

  r.add(
    {
      method: 'get',
      path: '/v1/translations/completeness',
      operationId: 'translationCompleteness',
      summary: 'How much content exists in each language, written or machine-translated (R11)',
      tag: 'Reference',
      access: 'public',
      response: {
        status: 200,
        description: 'Counts per language and content type.',
        schema: TranslationCompleteness,
      },
      errors: [],
      cache: 'revision',
    },
    async (c) => c.json(await translationCompleteness(deps(c).db.kysely, deps(c).now())),
  );

  r.add(
    {
      method: 'get',
      path: '/v1/translations/queue',
      operationId: 'translationQueue',
      summary: 'What to translate or review in one language, in the caller’s scope (R11)',
      description:
        'Commitment titles and descriptions missing in `locale` (first), then those there only by machine translation. A person marks one reviewed by saving it with `provenance` human (PATCH the commitment).',
      tag: 'Curation',
      access: ['secretariat', 'committee', 'country', 'mechanism'],
      query: TranslationQueueQuery,
      response: { status: 200, description: 'The queue.', schema: TranslationQueue },
      errors: [400, 401, 403],
      cache: 'none',
    },
    async (c) => {
      const query = readQuery(c, TranslationQueueQuery);
      const actor = actorOf(c);
      const items = await translationQueue(
        deps(c).db.kysely,
        query.locale,
        (commitment) => canTouchCommitment(actor, commitment),
        query.country,
      );
      return c.json({ locale: query.locale, items, total: items.length });
    },
  );

  r.add(
    {
      method: 'get',
      path: '/v1/problems/{code}',
      operationId: 'problemType',
      summary: 'What a problem type means',
      tag: 'Meta',
      access: 'public',
      response: { status: 200, description: 'The problem type.', schema: ProblemType },
      errors: [404],
      cache: 'none',
    },
    (c) => {
      const code = c.req.param('code') as keyof typeof PROBLEM_TITLES;
      // Own keys only: `__proto__`, `constructor`, `toString` name no problem type.
      if (!Object.hasOwn(PROBLEM_TITLES, code)) throw new ProblemError(404, 'not-found');
      c.header('cache-control', 'public, max-age=86400');
      return c.json({ type: problemType(code), code, title: PROBLEM_TITLES[code] });
    },
  );
}
