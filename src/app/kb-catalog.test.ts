import { describe, expect, test } from 'vitest';
import {
  CONDITIONS,
  DRUG_DEFS,
  FactStatus,
  GROUPS,
  METHODS,
  Provenance,
  SELF_CARE,
  SYMPTOMS,
} from '../domain/kb/index.js';
import { ORDER_RULES } from '../domain/orders/index.js';
import { DRUG_FACTS } from '../domain/kb/index.js';
import { RED_FLAG_RULES } from '../domain/triage/index.js';
import { buildCatalog, listFacts } from './kb-catalog.js';

describe('knowledge base', () => {
  const catalog = buildCatalog();

  test('every fact has a stable unique id, at least one known source and a V/P/UNVERIFIED status', () => {
    const ids = new Set<string>();
    for (const fact of catalog) {
      expect(ids.has(fact.id), `duplicate id ${fact.id}`).toBe(false);
      ids.add(fact.id);
      const p = Provenance.safeParse({ sourceIds: fact.sourceIds, status: fact.status });
      expect(p.success, `${fact.id} lacks a valid source or status`).toBe(true);
    }
    expect(catalog.length).toBeGreaterThan(400);
  });

  test('the evidence model lists each prior, and the sign a condition of the engine’s own requires (dystonia’s)', () => {
    const prior = (c: string) => catalog.find((f) => f.id === `evidence.${c}.prior`)?.detail;
    expect(prior('dystonia')).toEqual({ prior: 0.002, requires: 'f:dystonia' });
    expect(prior('hypokalemia')).not.toHaveProperty('requires');
  });

  test('a fact without a source would be caught by the provenance schema', () => {
    expect(Provenance.safeParse({ sourceIds: [], status: 'V' }).success).toBe(false);
    expect(Provenance.safeParse({ sourceIds: ['NOT-A-SOURCE'], status: 'V' }).success).toBe(false);
    expect(FactStatus.safeParse('maybe').success).toBe(false);
  });

  test('no UNVERIFIED fact feeds a hard stop', () => {
    const hardStops = ORDER_RULES.filter((r) => r.severity === 'hard_stop');
    expect(hardStops.map((r) => r.id).sort()).toEqual([
      'OC-BZD-CI',
      'OC-DAN-LIVER',
      'OC-DOSE-IMPLAUSIBLE',
      'OC-TIZ-CYP1A2',
    ]);
    for (const rule of hardStops) {
      expect(rule.status, rule.id).not.toBe('UNVERIFIED');
      expect(rule.facts.length, `${rule.id} names the facts it rests on`).toBeGreaterThan(0);
      for (const f of rule.facts) {
        expect(DRUG_FACTS[f].status, `${rule.id} rests on ${f}`).not.toBe('UNVERIFIED');
      }
    }
  });

  test('the article is covered: five symptoms, three groups, its diagnostic methods and its 13 diseases', () => {
    expect(Object.keys(SYMPTOMS)).toHaveLength(5);
    expect(Object.keys(GROUPS).sort()).toEqual(['central', 'muscle', 'nerve']);
    expect(Object.keys(METHODS)).toEqual(
      expect.arrayContaining([
        'history',
        'palpation',
        'range_of_motion',
        'manual_muscle_testing',
        'reflexes',
        'sensory_testing',
        'gait_analysis',
        'electromyography',
        'neuroimaging',
      ]),
    );
    const table = Object.entries(CONDITIONS).filter(([, c]) => c.inArticleTable);
    expect(table).toHaveLength(13);
    const byGroup = (g: string): number => table.filter(([, c]) => c.group === g).length;
    expect([byGroup('muscle'), byGroup('nerve'), byGroup('central')]).toEqual([5, 4, 4]);
  });

  test('self-care measures keep the article numbers and say where they come from', () => {
    expect(SELF_CARE.stretch.holdSeconds).toEqual([30, 60]);
    expect(SELF_CARE.ice.minutes).toEqual([15, 20]);
    expect(SELF_CARE.heat.minutes).toEqual([15, 20]);
    expect(SELF_CARE.hydration.litresPerDay).toEqual([2, 3]);
    expect(SELF_CARE.stretch.sourceIds).toContain('A');
    // no guideline gives these numbers, so they stay UNVERIFIED as guideline facts
    expect(SELF_CARE.stretch.status).toBe('UNVERIFIED');
  });

  test('drugs carry the RxCUIs of the reference and none for phenol', () => {
    expect(DRUG_DEFS.baclofen.rxcui?.code).toBe('1292');
    expect(DRUG_DEFS.tizanidine.rxcui?.code).toBe('57258');
    expect(DRUG_DEFS.dantrolene.rxcui?.code).toBe('3105');
    expect(DRUG_DEFS.phenol.rxcui).toBeUndefined();
  });

  test('--unverified lists only UNVERIFIED facts, and there are some', () => {
    const unverified = listFacts({ unverifiedOnly: true });
    expect(unverified.length).toBeGreaterThan(0);
    expect(unverified.every((f) => f.status === 'UNVERIFIED')).toBe(true);
  });

  test('every triage rule is listed with its level', () => {
    for (const rule of RED_FLAG_RULES) {
      expect(catalog.find((f) => f.id === `triage.${rule.id}`)?.detail.level).toBe(rule.level);
    }
  });
});
