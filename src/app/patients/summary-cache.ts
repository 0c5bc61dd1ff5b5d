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

/** Summaries kept at most (a few kilobytes each); the least recently used goes first. */
const MAX_ENTRIES = 2000;

const keyOf = (patientId: string, stamp: string): string => `${patientId} ${stamp}`;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) {
      deepFreeze(v);
    }
  }
  return value;
}

/** A service's cache: entries live as long as the service, never shared with another in the process. */
export function createSummaryCache(): SummaryCache {
  const entries = new Map<string, PatientSummary>();
  return {
    get(patientId, stamp) {
      const key = keyOf(patientId, stamp);
      const hit = entries.get(key);
      if (hit !== undefined) {
        // most recently used last
        entries.delete(key);
        entries.set(key, hit);
      }
      return hit;
    },
    /** Keeps `summary` (frozen from now on) for the patient's chart as it was under `stamp`. */
    keep(patientId, stamp, summary) {
      if (entries.size >= MAX_ENTRIES) {
        const oldest = entries.keys().next();
        if (oldest.done !== true) {
          entries.delete(oldest.value);
        }
      }
      entries.set(keyOf(patientId, stamp), deepFreeze(summary));
    },
  };
}
