import { validate } from '@lad/sdk';
import type { Context } from 'hono';
import type * as z from 'zod/mini';
import { ProblemError, validationProblem } from './problem.js';

type Schema = z.core.$ZodType;

/** Validates the query string (first value of each parameter); 400 with field paths. */
export function readQuery<S extends Schema>(c: Context, schema: S): z.output<S> {
  const result = validate(schema, c.req.query());
  if (!result.success) throw validationProblem(result.errors, 400);
  return result.data;
}

/** Validates `value` with `schema`; 422 with field paths. */
export function check<S extends Schema>(schema: S, value: unknown): z.output<S> {
  const result = validate(schema, value);
  if (!result.success) throw validationProblem(result.errors);
  return result.data;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The raw body as text: 415 for another content type, 400 for bytes that are not UTF-8. */
export async function readText(c: Context, accepted: RegExp): Promise<string> {
  const type = c.req.header('content-type') ?? '';
  if (!accepted.test(type)) {
    throw new ProblemError(415, 'unsupported-media-type', {
      detail: `Send the body as ${accepted.source.replace(/[\\^$]/g, '')}.`,
    });
  }
  const bytes = await c.req.arrayBuffer();
  try {
    return utf8.decode(bytes);
  } catch {
    throw new ProblemError(400, 'malformed-request', { detail: 'The body is not valid UTF-8.' });
  }
}

export const JSON_TYPE = /^application\/([\w.-]+\+)?json\s*(;|$)/i;

/** Parses a JSON text; 400 when it is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ProblemError(400, 'malformed-request', {
      detail: `The body is not valid JSON: ${(error as Error).message}`,
    });
  }
}

/** Reads, parses and validates a JSON body. */
export async function readJson<S extends Schema>(c: Context, schema: S): Promise<z.output<S>> {
  return check(schema, parseJson(await readText(c, JSON_TYPE)));
}

/** A path parameter that must look like an id; 404 otherwise (nothing can have that id). */
export function idParam(c: Context, name = 'id'): string {
  const value = c.req.param(name) ?? '';
  if (!/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/.test(value)) throw new ProblemError(404, 'not-found');
  return value;
}
