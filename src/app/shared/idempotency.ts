/**
 * @module Idempotent creation: the same `Idempotency-Key` and body from the same user returns the first
 * result and stores nothing twice; the key with another body is refused. The key is claimed in the same
 * transaction as the record, so a failed or rolled-back create leaves the key free.
 */
import { fail, ok, type Result } from '../../domain/shared/index.js';
import { issue } from './access.js';
import type { CoreDeps, Repos } from './ports.js';

/** Printable ASCII, as header values should be; long enough for a UUID and a prefix. */
const KEY = /^[\x21-\x7e]{1,200}$/;

export function checkIdempotencyKey(key: unknown): Result<string | undefined> {
  if (key === undefined) {
    return ok(undefined);
  }
  if (typeof key !== 'string' || !KEY.test(key)) {
    return fail([
      issue('request.invalid_header', {
        header: 'Idempotency-Key',
        rule: '1 to 200 printable ASCII characters',
      }),
    ]);
  }
  return ok(key);
}

export interface CreateOnce<T> {
  readonly actorId: string;
  readonly key: string | undefined;
  /** What was created where, e.g. `diary:<patient id>`, so one key cannot replay into another route. */
  readonly scope: string;
  readonly body: unknown;
  readonly create: (tx: Repos) => Promise<Result<T>>;
  /**
   * The transaction to create in: for patient data `transactOnPatient`, which checks the access again
   * first; `deps.store.transact` otherwise.
   */
  readonly transact: <R>(work: (tx: Repos) => Promise<Result<R>>) => Promise<Result<R>>;
}

export async function createOnce<T>(deps: CoreDeps, req: CreateOnce<T>): Promise<Result<T>> {
  const { key } = req;
  if (key === undefined) {
    return req.transact(req.create);
  }
  const bodyHash = deps.secrets.digest(JSON.stringify({ body: req.body }));
  return req.transact(async (tx) => {
    const claimed = await tx.idempotency.claim({
      actorId: req.actorId,
      key,
      scope: req.scope,
      bodyHash,
      response: null,
      createdAt: deps.clock.now(),
    });
    if (!claimed) {
      const first = await tx.idempotency.get(req.actorId, key);
      if (first?.scope !== req.scope || first.bodyHash !== bodyHash) {
        return fail([issue('request.idempotency_key_reused')]);
      }
      // the first request committed its record and its response together
      return ok(first.response as T);
    }
    const created = await req.create(tx);
    if (created.ok) {
      await tx.idempotency.complete(req.actorId, key, created.value);
    }
    return created;
  });
}
