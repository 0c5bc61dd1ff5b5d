/**
 * @module The EMG job runner: claims one queued analysis at a time (a claim no other process can take,
 * with a lease that a restarted server reclaims when the claimant died), runs it and stores the result.
 */
import { ok } from '../../domain/shared/index.js';
import { appendAudit, type RequestContext } from '../shared/index.js';
import type { EmgDeps } from './ports.js';

/** A claim lapses after this long without progress, so a job of a killed process is taken up again. */
export const LEASE_MS = 60_000;
/** A job that failed to finish this many times (its process died each time) is marked failed. */
export const MAX_ATTEMPTS = 3;

const SYSTEM: RequestContext = { actor: { kind: 'system' }, requestId: null };

function later(now: string, ms: number): string {
  return new Date(Date.parse(now) + ms).toISOString();
}

/** Claims and runs the next job; `false` when there was none. */
export async function runNextJob(deps: EmgDeps, worker: string): Promise<boolean> {
  const now = deps.clock.now();
  const claimed = await deps.store.transact(async (tx) =>
    ok(await tx.emgStudies.claimNext(worker, now, later(now, LEASE_MS))),
  );
  if (!claimed.ok || claimed.value === undefined) {
    return false;
  }
  const study = claimed.value;
  let outcome: { state: 'done' | 'failed'; analysis: unknown; error: string | null };
  if (study.attempts > MAX_ATTEMPTS) {
    outcome = { state: 'failed', analysis: null, error: 'the analysis stopped too many times' };
  } else {
    let last = 0;
    let lastAt = Date.parse(now);
    let reported: Promise<unknown> = Promise.resolve();
    const r = await deps.analyzer.analyze(study, (fraction) => {
      // progress is advisory: written at most every 5 %, in order, and a failed write only loses a report;
      // it also renews the lease, so a long analysis (hours of signal) writes at least every quarter lease
      const nowMs = Date.parse(deps.clock.now());
      if (fraction - last >= 0.05 || nowMs - lastAt >= LEASE_MS / 4) {
        last = fraction;
        lastAt = nowMs;
        reported = reported
          .then(() =>
            deps.store.transact(async (tx) => {
              const at = deps.clock.now();
              return ok(
                await tx.emgStudies.progress(study.id, worker, fraction, later(at, LEASE_MS)),
              );
            }),
          )
          .catch(() => undefined);
      }
    });
    await reported;
    outcome = r.ok
      ? { state: 'done', analysis: r.value, error: null }
      : { state: 'failed', analysis: null, error: r.error };
  }
  await deps.store.transact(async (tx) => {
    const finished = await tx.emgStudies.finish(study.id, worker, {
      ...outcome,
      at: deps.clock.now(),
    });
    if (finished) {
      await appendAudit(deps, tx, SYSTEM, {
        action: 'emg_study.analysed',
        resourceType: 'emg_study',
        resourceId: study.id,
        patientId: study.patientId,
        outcome: outcome.state === 'done' ? 'allowed' : 'failed',
      });
    }
    return ok(finished);
  });
  return true;
}

export interface JobRunner {
  /** Looks for work now instead of at the next poll. */
  kick(): void;
  /** Stops polling and waits for the job in hand. */
  stop(): Promise<void>;
}

export function startJobRunner(deps: EmgDeps, worker: string, pollMs = 2000): JobRunner {
  let stopped = false;
  let busy: Promise<void> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const loop = async (): Promise<void> => {
    try {
      while (!stopped && (await runNextJob(deps, worker))) {
        // keep going while there is work
      }
    } catch {
      // a database hiccup: the next poll tries again, and the lease returns the job to the queue
    }
  };
  const kick = (): void => {
    if (stopped || busy !== null) {
      return;
    }
    clearTimeout(timer);
    busy = loop().finally(() => {
      busy = null;
      if (!stopped) {
        timer = setTimeout(kick, pollMs);
        timer.unref();
      }
    });
  };
  timer = setTimeout(kick, 0);
  timer.unref();
  return {
    kick,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await busy;
    },
  };
}
