import * as sdk from '@lad/sdk';
import * as z from 'zod/mini';
import type { RouteSpec } from './registry.js';

type JsonSchema = Record<string, unknown>;
type Schema = z.core.$ZodType;

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'Malformed request or invalid query (problem details with field paths); `role-required` when a person holding several roles sends no X-LAD-Role.',
  401: 'No valid curation token or console session.',
  403: 'The token or role may not touch this data; `csrf` for a write sent with the session cookie from outside the console.',
  404: 'Not found.',
  409: 'Conflicts with the current state (closed, full, still processing); `last-secretariat` when a change would leave the console without an active secretariat member.',
  412: 'Changed since the version named by If-Match; `current` is the version stored now.',
  413: 'Body too large.',
  415: 'Unsupported content type.',
  422: 'Invalid body (problem details with one entry per field path), or an idempotency key reused with another body.',
  429: 'Rate limited; see Retry-After.',
};

/** Schemas published as named components, with the name they are published under. */
export function namedSchemas(extra: Record<string, Schema> = {}): Map<Schema, string> {
  const named: Record<string, Schema> = {
    Problem: sdk.Problem,
    Health: sdk.Health,
    Commitment: sdk.Commitment,
    CommitmentDetail: sdk.CommitmentDetail,
    CommitmentUpdate: sdk.CommitmentUpdate,
    Indicator: sdk.Indicator,
    Measurement: sdk.Measurement,
    Country: sdk.Country,
    Pillar: sdk.Pillar,
    ActionPackage: sdk.ActionPackage,
    Committee: sdk.Committee,
    RegionalMechanism: sdk.RegionalMechanism,
    SecretariatMember: sdk.SecretariatMember,
    Event: sdk.Event,
    Agenda: sdk.Agenda,
    ProgressSummary: sdk.ProgressSummary,
    TranslationCompleteness: sdk.TranslationCompleteness,
    SelectionReport: sdk.SelectionReport,
    RegistrationReceipt: sdk.RegistrationReceipt,
    Registration: sdk.Registration,
    ProposalReceipt: sdk.ProposalReceipt,
    AgendaTopicProposal: sdk.AgendaTopicProposal,
    AgendaTopicProposalRecord: sdk.AgendaTopicProposalRecord,
    PolicyProposal: sdk.PolicyProposal,
    PolicyProposalRecord: sdk.PolicyProposalRecord,
    AuditEntry: sdk.AuditEntry,
    Person: sdk.Person,
    PendingInvitation: sdk.PendingInvitation,
    ApiToken: sdk.ApiToken,
    ImportResult: sdk.ImportResult,
    ImportJob: sdk.ImportJob,
    ImportJobList: sdk.ImportJobList,
    RegistrationInput: sdk.RegistrationInput,
    AgendaTopicProposalInput: sdk.AgendaTopicProposalInput,
    PolicyProposalInput: sdk.PolicyProposalInput,
    CommitmentInput: sdk.CommitmentInput,
    CommitmentPatch: sdk.CommitmentPatch,
    CommitmentUpdateInput: sdk.CommitmentUpdateInput,
    IndicatorInput: sdk.IndicatorInput,
    MeasurementInput: sdk.MeasurementInput,
    EventInput: sdk.EventInput,
    EventPatch: sdk.EventPatch,
    AgendaInput: sdk.AgendaInput,
    RegistrationReview: sdk.RegistrationReview,
    ProposalDecision: sdk.ProposalDecision,
    Account: sdk.Account,
    SignedIn: sdk.SignedIn,
    Invitation: sdk.Invitation,
    AcceptInvitationInput: sdk.AcceptInvitationInput,
    SignInInput: sdk.SignInInput,
    ...extra,
  };
  return new Map(Object.entries(named).map(([name, schema]) => [schema, name]));
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** Drops the JSON Schema document keywords that have no place inside an OpenAPI component. */
function strip(schema: JsonSchema): JsonSchema {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return rest;
}

// zod's own JSON Schema output: refinements (cross-field rules) have no JSON Schema form and
// are described in words; a transform (the page size given as text) shows its input side.
const CONVERSION = {
  target: 'draft-2020-12',
  unrepresentable: 'any',
  uri: (id: string) => `#/components/schemas/${id}`,
} as const;

/** The OpenAPI 3.1 document of every registered route, its schemas taken from `@lad/sdk`. */
export function buildOpenApi(routes: RouteSpec[], names: Map<Schema, string>, version: string) {
  // Two registries of named schemas, converted once each so shared schemas become `$ref`s
  // between components: answers as they come out (`output`), bodies as they may be sent
  // (`input`, where a field with a default may be left out).
  const outputs = z.registry<{ id: string }>();
  const inputs = z.registry<{ id: string }>();
  const nameOf = (registry: typeof outputs, schema: Schema, fallback: string) => {
    const found = registry.get(schema)?.id;
    if (found) return found;
    const id = names.get(schema) ?? fallback;
    registry.add(schema, { id });
    return id;
  };
  for (const [schema, name] of names) {
    if (!/(Input|Patch|Review|Decision)$/.test(name)) outputs.add(schema, { id: name });
  }
  const responseRefs = new Map<RouteSpec, string>();
  const bodyRefs = new Map<RouteSpec, string>();
  for (const route of routes) {
    const op = route.operationId.charAt(0).toUpperCase() + route.operationId.slice(1);
    if (route.response.schema)
      responseRefs.set(route, nameOf(outputs, route.response.schema, `${op}Response`));
    if (route.body?.schema) bodyRefs.set(route, nameOf(inputs, route.body.schema, `${op}Body`));
  }
  const components: Record<string, JsonSchema> = {};
  for (const [registry, io] of [
    [outputs, 'output'],
    [inputs, 'input'],
  ] as const) {
    const { schemas } = z.toJSONSchema(registry, { ...CONVERSION, io });
    for (const [name, schema] of Object.entries(schemas)) components[name] = strip(schema as JsonSchema);
  }

  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const parameters: unknown[] = [];
    for (const [, name] of route.path.matchAll(/\{(\w+)\}/g)) {
      parameters.push({ name, in: 'path', required: true, schema: { type: 'string' } });
    }
    if (route.query) {
      for (const [name, schema] of Object.entries(route.query.shape)) {
        const optional = (schema as Schema)._zod.optin === 'optional';
        const json = z.toJSONSchema(schema as Schema, { ...CONVERSION, io: 'input' }) as JsonSchema;
        parameters.push({ name, in: 'query', required: !optional, schema: strip(json) });
      }
    }
    if (route.access === 'public-write') {
      parameters.push({
        name: 'Idempotency-Key',
        in: 'header',
        required: true,
        description:
          'One key per logical submission, the same on every retry: the same key and body replay the first answer for 24 h; the same key with another body is refused (422); while the first is processed, 409.',
        schema: { type: 'string', maxLength: 255 },
      });
    }
    const responses: Record<string, unknown> = {
      [route.response.status]: {
        description: route.response.description,
        ...(route.response.schema || route.response.contentType
          ? {
              content: {
                [route.response.contentType ?? 'application/json']: responseRefs.has(route)
                  ? { schema: ref(responseRefs.get(route) as string) }
                  : { schema: { type: 'string' } },
              },
            }
          : {}),
      },
    };
    if (route.cache !== 'none')
      responses['304'] = { description: 'Not modified (If-None-Match matched the ETag).' };
    for (const status of [...route.errors, 500]) {
      responses[status] = {
        description: PROBLEM_DESCRIPTIONS[status] ?? 'Server error.',
        content: { 'application/problem+json': { schema: ref('Problem') } },
      };
    }
    const operation: Record<string, unknown> = {
      operationId: route.operationId,
      summary: route.summary,
      ...(route.description ? { description: route.description } : {}),
      tags: [route.tag],
      parameters,
      responses,
    };
    if (Array.isArray(route.access)) {
      operation.security = [{ bearer: [] }, { session: [] }];
      operation['x-roles'] = route.access;
    } else if (route.access === 'session') operation.security = [{ session: [] }];
    if (route.body) {
      operation.requestBody = {
        required: true,
        ...(route.body.description ? { description: route.body.description } : {}),
        content: {
          [route.body.contentType]: {
            schema: bodyRefs.has(route) ? ref(bodyRefs.get(route) as string) : { type: 'string' },
          },
          ...Object.fromEntries(
            (route.body.otherContentTypes ?? []).map((type) => [
              type,
              { schema: { type: 'string', format: 'binary' } },
            ]),
          ),
        },
      };
    }
    paths[route.path] ??= {};
    (paths[route.path] as Record<string, unknown>)[route.method] = operation;
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'LAD Widgets API',
      version,
      description:
        'The reference API of LAD Widgets: commitments, indicators, meetings, registrations and proposals under the Los Angeles Declaration on Migration and Protection. Public reads are open and cacheable (ETag); public writes need an Idempotency-Key; curation needs a bearer token or a console session (the `lad_session` cookie, `/v1/auth/sign-in`). Errors are RFC 9457 problem details.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/' }],
    tags: [...new Set(routes.map((r) => r.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'Curation token (`pnpm --filter @lad/api token create`).',
        },
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'lad_session',
          description:
            'A person signed in to the console (`/v1/auth/sign-in`). Writes must carry the console’s `Origin` and `X-LAD-Console: 1` (else 403 `csrf`); a person holding several roles names the one they act in with `X-LAD-Role: <role>` or `<role>:<scope>` (else 400 `role-required`).',
        },
      },
    },
  };
}
