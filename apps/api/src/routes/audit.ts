import { AuditEntry, Page, PageLimit } from '@lad/sdk';
import * as z from 'zod/mini';
import { validationProblem } from '../http/problem.js';
import type { Registry } from '../http/registry.js';
import { readQuery } from '../http/validate.js';
import { listAudit } from '../store/audit.js';
import { deps } from './shared.js';

const AuditQuery = z.object({
  cursor: z.optional(z.string().check(z.maxLength(200))),
  limit: z.optional(PageLimit),
});

export function registerAudit(r: Registry): void {
  r.add(
    {
      method: 'get',
      path: '/v1/audit',
      operationId: 'listAudit',
      summary: 'Every curation change: who, when, what changed (secretariat only)',
      tag: 'Curation',
      access: ['secretariat'],
      query: AuditQuery,
      response: { status: 200, description: 'One page, newest first.', schema: Page(AuditEntry) },
      errors: [400, 401, 403],
      cache: 'none',
    },
    async (c) => {
      const page = await listAudit(deps(c).db.kysely, readQuery(c, AuditQuery));
      if (!page)
        throw validationProblem(
          [{ path: ['cursor'], code: 'invalid_cursor', message: 'Not a cursor from this list.' }],
          400,
        );
      return c.json(page);
    },
  );
}
