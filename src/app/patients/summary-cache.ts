/**
 * @module Chart summaries reused while a patient's chart is unchanged. An entry is keyed on the patient and
 * the chart stamp the database renews with every change to their diary or outcomes (`Repos.charts`), and
 * is stored only when the stamp was the same before and after the data was read; so a summary served from
 * here is exactly what the database holds at the moment its stamp is read, in this process or any other.
 * Access is checked and the read audited on every request as before: only the computing is saved.
 * Entries are frozen, so the HTTP layer may serialise each once.
 */
import type { PatientSummary } from '../../domain/records/index.js';
import type { SummaryCache } from '../shared/index.js';

/** Summaries kept at most (a few kilobytes each); one not used lately goes first. */
const MAX_ENTRIES = 2000;

interface Kept {
  readonly stamp: string;
  readonly summary: PatientSummary;
  /** Read since it was last passed over for eviction (the "second chance" of the clock algorithm). */
  used: boolean;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) {
      deepFreeze(v);
    }
  }
  return value;
}

/**
 * A service's cache: entries live as long as the service, never shared with another in the process. One
 * entry per patient, the summary of the latest stamp it was kept under. A read marks its entry used, so
 * reads cost one lookup; when the cache is full, the oldest entry not used since it was last passed over
 * goes (entries used meanwhile move to the back, once).
 */
export function createSummaryCache(): SummaryCache {
  const entries = new Map<string, Kept>();
  const evictOne = (): void => {
    for (const [patientId, kept] of entries) {
      entries.delete(patientId);
      if (!kept.used) {
        return;
      }
      kept.used = false;
      entries.set(patientId, kept);
    }
  };
  return {
    get(patientId, stamp) {
      const kept = entries.get(patientId);
      if (kept === undefined || kept.stamp !== stamp) {
        return undefined;
      }
      kept.used = true;
      return kept.summary;
    },
    /** Keeps `summary` (frozen from now on) for the patient's chart as it was under `stamp`. */
    keep(patientId, stamp, summary) {
      if (!entries.has(patientId) && entries.size >= MAX_ENTRIES) {
        evictOne();
      }
      entries.delete(patientId);
      entries.set(patientId, { stamp, summary: deepFreeze(summary), used: false });
    },
  };
}
