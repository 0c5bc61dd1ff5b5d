import { beforeAll, describe, expect, test } from 'vitest';
import type { CaseFile } from '../../src/domain/cases/index.js';
import { CLINICIAN_ONLY_FINDINGS, QUESTION_CAP } from '../../src/domain/interview/index.js';
import { urgency, type TriageLevel } from '../../src/domain/shared/index.js';
import { loadCases } from '../fixtures/cases.js';
import {
  interviewChildren,
  interviewInProcess,
  type ChildRun,
} from '../fixtures/interview-child.js';

const publicCases = loadCases('cases/public').map((c) => c.file);
const devCases = loadCases('cases/dev').map((c) => c.file);

/**
 * The patient levels a case accepts. A case without `patientTriage` does not judge the interview (FORMAT.md:
 * the field is optional), as when its danger is only in vital signs a patient cannot measure; it still
 * must end with a result.
 */
function accepted(c: CaseFile): TriageLevel[] {
  const e = c.expected;
  return e.patientTriage === undefined ? [] : [e.patientTriage, ...(e.acceptPatientTriage ?? [])];
}

function level(run: ChildRun): TriageLevel {
  return run.result?.triage.level as TriageLevel;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
}

/**
 * A real `tonus interview --json` process for every public case and for a sample of 80 development cases
 * spread evenly over them; the CLI's own JSON-lines loop in process for every development case (thousands of
 * them: a process each costs seconds on two shared cores and adds nothing the sample does not show; a sample
 * of every eighth case grew past 300 processes and ten minutes). The sample must give the same lines
 * through a real process as in process.
 */
const DEV_SAMPLE = 80;
const sampleEvery = Math.max(1, Math.ceil(devCases.length / DEV_SAMPLE));
const devSample = devCases.filter((_c, i) => i % sampleEvery === 0);
let pub: ChildRun[] = [];
let dev: ChildRun[] = [];
let devChildren: ChildRun[] = [];
beforeAll(async () => {
  pub = await interviewChildren(publicCases);
  devChildren = await interviewChildren(devSample);
  dev = [];
  for (const c of devCases) {
    dev.push(await interviewInProcess(c));
  }
}, 900_000);

describe('the simulated patient drives tonus interview --json', () => {
  test('a real process asks the same questions and gives the same result as the same loop in process', () => {
    expect(devChildren.length).toBeGreaterThan(10);
    const inProcessById = new Map(dev.map((r) => [r.id, r]));
    for (const child of devChildren) {
      const inProcess = inProcessById.get(child.id);
      expect(child.code, `${child.id}: ${child.stderr}`).toBe(0);
      expect(
        child.questions.map((q) => q.id),
        child.id,
      ).toEqual(inProcess?.questions.map((q) => q.id));
      expect(child.result, child.id).toEqual(inProcess?.result);
    }
  });

  test('every interview of every public and development case ends with a result and exit 0, and no answer is refused', () => {
    for (const run of [...pub, ...dev]) {
      expect(run.code, `${run.id}: ${run.stderr}`).toBe(0);
      expect(run.result?.type, run.id).toBe('result');
      expect(run.errors, run.id).toEqual([]);
    }
  });

  test('public cases: no result is less urgent than the patient triage allows', () => {
    const under = publicCases.filter((c, i) => {
      const l = pub[i] === undefined ? 'self_care' : level(pub[i]);
      const levels = accepted(c);
      return levels.length > 0 && levels.every((a) => urgency(l) < urgency(a));
    });
    expect(under.map((c) => c.id)).toEqual([]);
  });

  test('development cases: no result is less urgent than the patient triage allows either', () => {
    const under = devCases.filter((c, i) => {
      const l = dev[i] === undefined ? 'self_care' : level(dev[i]);
      const levels = accepted(c);
      return levels.length > 0 && levels.every((a) => urgency(l) < urgency(a));
    });
    expect(under.map((c) => c.id)).toEqual([]);
  });

  test('public cases: the patient triage is exact in at least 75 %', () => {
    const exact = publicCases.filter(
      (c, i) =>
        pub[i] !== undefined && level(pub[i]) === (c.expected.patientTriage ?? c.expected.triage),
    );
    expect(exact.length / publicCases.length).toBeGreaterThanOrEqual(0.75);
  });

  test('public cases: the right group leads in at least 80 % of the cases that have one', () => {
    const scored = publicCases
      .map((c, i) => ({ c, run: pub[i] }))
      .filter(({ c }) => c.expected.group !== null);
    const right = scored.filter(({ c, run }) =>
      [c.expected.group, ...(c.expected.acceptGroups ?? [])].includes(run?.result?.groups[0].group),
    );
    expect(right.length / scored.length).toBeGreaterThanOrEqual(0.8);
  });

  test('public cases: the median interview asks at most 12 questions and none more than 25', () => {
    const counts = pub.map((r) => r.questions.length);
    expect(median(counts)).toBeLessThanOrEqual(12);
    expect(Math.max(...counts)).toBeLessThanOrEqual(QUESTION_CAP);
    expect(Math.max(...dev.map((r) => r.questions.length))).toBeLessThanOrEqual(QUESTION_CAP);
  });

  test('no interview asks about a finding only a clinician can elicit', () => {
    const asked = [...pub, ...dev].flatMap((r) =>
      r.questions.flatMap((q) => q.asks.map((a) => a.ref)),
    );
    for (const f of CLINICIAN_ONLY_FINDINGS) {
      expect(asked).not.toContain(`findings.${f}`);
    }
  });

  test('every result carries the notice and, below an emergency, what to watch for', () => {
    for (const run of [...pub, ...dev]) {
      expect(run.result?.notice, run.id).toMatch(/not a diagnosis/);
      if (urgency(level(run)) < urgency('emergency')) {
        expect(run.result?.watchFor.length, run.id).toBeGreaterThan(0);
      }
    }
  });
});
