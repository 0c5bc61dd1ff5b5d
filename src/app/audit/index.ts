/** @module Reading the audit log: admins over the API, the operator at the host's command line. Nobody edits it. */
import { AuditQuery, type AuditEntry } from '../../domain/records/index.js';
import { ok, type Result } from '../../domain/shared/index.js';
import {
  audit,
  parseInput,
  requireRole,
  type CoreDeps,
  type RequestContext,
} from '../shared/index.js';

export async function listAudit(
  deps: CoreDeps,
  ctx: RequestContext,
  query: unknown,
): Promise<Result<AuditEntry[]>> {
  if (ctx.actor?.kind !== 'operator') {
    const admin = await requireRole(deps, ctx, ['admin'], {
      action: 'audit.read',
      resourceType: 'audit',
    });
    if (!admin.ok) {
      return admin;
    }
  }
  const q = parseInput(AuditQuery, query ?? {});
  if (!q.ok) {
    return q;
  }
  const rows = await deps.store.read.audit.list(q.value);
  await audit(deps, ctx, { action: 'audit.read', resourceType: 'audit', outcome: 'allowed' });
  return ok(rows);
}
