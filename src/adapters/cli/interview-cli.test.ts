import { describe, expect, test } from 'vitest';
import {
  drive,
  replyWith,
  type ProtocolLine,
  type QuestionLine,
} from '../../../test/fixtures/interview-driver.js';
import {
  ErrorLine,
  QuestionLine as QuestionLineSchema,
  ResultLine,
} from '../../app/interview/index.js';
import { question as questionDef, type QuestionId } from '../../domain/interview/index.js';
import type { TriageLevel } from '../../domain/shared/index.js';
import type { TriageRuleId } from '../../domain/triage/index.js';
import { runTerminalInterview } from './interview-command.js';

type Value = boolean | number | string | null;

/** A patient who says no to every yes/no item and "I don't know" to every number or choice, except as told. */
function patient(told: Readonly<Record<string, Value>> = {}): (ref: string) => Value {
  return (ref) => {
    if (ref in told) {
      return told[ref] ?? null;
    }
    const scalar =
      ref.startsWith('patient.') || ref.startsWith('vitals.') || /^history\.[a-zA-Z]+$/.test(ref);
    return scalar ? null : false;
  };
}

const question = (lines: readonly ProtocolLine[], i: number): QuestionLine =>
  lines[i] as QuestionLine;

describe('tonus interview --json: the protocol', () => {
  test('the first line is a question with its id, number, words, kind, refs with labels and options', async () => {
    const s = await drive(() => undefined);
    const q = question(s.lines, 0);
    expect(q).toEqual(
      expect.objectContaining({ type: 'question', n: 1, id: 'danger_now', kind: 'checklist' }),
    );
    expect(typeof q.text).toBe('string');
    expect(q.asks.length).toBeGreaterThan(3);
    for (const a of q.asks) {
      expect(a.label.length).toBeGreaterThan(3);
    }
    expect(q.options).toEqual([]);
    expect(QuestionLineSchema.safeParse(q).success).toBe(true);
  });

  test('end of input before the result is exit 2 with a message', async () => {
    const s = await drive(() => undefined);
    expect(s.code).toBe(2);
    expect(s.stderr.join('\n')).toMatch(/end of input/);
  });

  test.each([
    ['a line that is not JSON', () => 'yes please', null],
    [
      'an answer that omits a ref',
      (q: QuestionLine) =>
        replyWith(q, () => false).replace(/"findings\.laryngospasm":false,?/, ''),
      'findings.laryngospasm',
    ],
    [
      'a ref the question did not ask',
      (q: QuestionLine) =>
        JSON.stringify({
          answers: { ...JSON.parse(replyWith(q, () => false)).answers, 'patient.ageYears': 40 },
        }),
      'patient.ageYears',
    ],
    [
      "a value outside the ref's type",
      (q: QuestionLine) => replyWith(q, (r) => (r === 'findings.seizures' ? 'maybe' : false)),
      'findings.seizures',
    ],
    [
      'a repeated key',
      (q: QuestionLine) =>
        replyWith(q, () => false).replace('{"findings', '{"findings.seizures":true,"findings'),
      null,
    ],
    [
      'an unknown ref',
      (q: QuestionLine) =>
        JSON.stringify({
          answers: { ...JSON.parse(replyWith(q, () => false)).answers, 'findings.clonus': true },
        }),
      'findings.clonus',
    ],
  ])(
    '%s gets an error line and the same question again; nothing else changes',
    async (_what, bad, ref) => {
      let sent = 0;
      const s = await drive((q) => {
        sent += 1;
        if (sent === 1) {
          return bad(q);
        }
        return sent <= 2 ? replyWith(q, () => false) : undefined;
      });
      const error = s.lines[1];
      expect(error).toEqual(expect.objectContaining({ type: 'error', ref }));
      expect(ErrorLine.safeParse(error).success).toBe(true);
      const again = s.lines.findIndex((l, i) => i > 1 && l.type === 'question');
      expect(s.lines[again]).toEqual(s.lines[0]);
      // after a good reply, the interview goes on as if the bad line had never come
      const next = s.lines.slice(again + 1).find((l) => l.type === 'question');
      expect(next).toEqual(expect.objectContaining({ n: 2, id: 'age' }));
    },
  );

  test('the result line carries the triage with reasons and sources, groups, differential, what was not answered, the answers and the notice; exit 0', async () => {
    const told = patient({
      'patient.ageYears': 30,
      'history.onset': 'sudden',
      'history.course': 'improving',
      'history.spread': 'local',
      'findings.saddle_anaesthesia': null,
      'history.triggers.lifting': true,
    });
    const s = await drive((q) => replyWith(q, told));
    expect(s.code).toBe(0);
    const r = s.lines[s.lines.length - 1] as Record<string, any>;
    expect(r.type).toBe('result');
    expect(ResultLine.safeParse(r).error).toBeUndefined();
    expect(r.selfCare.items.length).toBeGreaterThan(0);
    expect(['settled', 'emergency', 'cap']).toContain(r.stoppedBecause);
    expect(r.questions).toBe(s.lines.filter((l) => l.type === 'question').length);
    expect(r.triage.reasons.length).toBeGreaterThan(0);
    for (const reason of r.triage.reasons) {
      expect(reason.rule).toMatch(/^(RF|CX|BASE)-/);
      expect(reason.source.length).toBeGreaterThan(0);
    }
    expect(
      r.groups.reduce((sum: number, g: { probability: number }) => sum + g.probability, 0),
    ).toBeCloseTo(1, 3);
    expect(r.groups[0].likelihood).toMatch(/^(likely|possible|less_likely)$/);
    expect(r.differential[0].condition).toBeDefined();
    expect(r.unanswered).toContain('findings.saddle_anaesthesia');
    expect(r.answers.patient.ageYears).toBe(30);
    expect(r.notice).toMatch(/not a diagnosis/);
    // codes are for programs; the words a patient reads never name a prescription drug or a dose
    const words = [
      r.triage.advice,
      ...r.triage.reasons.map((x: { text: string }) => x.text),
      ...r.watchFor.map((w: { text: string }) => w.text),
      r.notice,
    ].join(' ');
    expect(words).not.toMatch(
      /baclofen|tizanidine|diazepam|gabapentin|dantrolene|botulinum|\d+\s?mg\b/i,
    );
  });
});

interface Scenario {
  readonly rule: TriageRuleId;
  readonly level: TriageLevel;
  /** What else the patient says yes to or knows (everything else: no, or "I don't know" for a number). */
  readonly context?: Readonly<Record<string, Value>>;
  /** The answer that fires the red flag. */
  readonly ref: string;
  readonly value?: Value;
}

/** Every emergency red flag a patient can raise by an answer; the exam, lab and ECG ones cannot be (docs/interview.md). */
const SCENARIOS: readonly Scenario[] = [
  { rule: 'RF-AIRWAY', level: 'emergency_ambulance', ref: 'findings.breathing_difficulty' },
  { rule: 'RF-AIRWAY', level: 'emergency_ambulance', ref: 'findings.laryngospasm' },
  { rule: 'RF-ALTERED-MENTAL-STATUS', level: 'emergency', ref: 'findings.altered_mental_status' },
  { rule: 'RF-SEIZURE', level: 'emergency', ref: 'findings.seizures' },
  {
    rule: 'RF-ENCEPHALITIS',
    level: 'emergency_ambulance',
    context: { 'findings.fever_reported': true },
    ref: 'findings.altered_mental_status',
  },
  {
    rule: 'RF-MENINGISM',
    level: 'emergency',
    context: { 'findings.fever_reported': true },
    ref: 'findings.neck_stiffness',
  },
  {
    rule: 'RF-HEAT-ILLNESS',
    level: 'emergency_ambulance',
    context: { 'exposures.heat_exertion': true },
    ref: 'findings.altered_mental_status',
  },
  { rule: 'RF-HYPOCA-TETANY', level: 'emergency', ref: 'findings.carpopedal_spasm' },
  {
    rule: 'RF-HYPOCA-AIRWAY-SEIZURE',
    level: 'emergency_ambulance',
    context: { 'findings.carpopedal_spasm': true },
    ref: 'findings.seizures',
  },
  { rule: 'RF-FRACTURE-MAJOR-TRAUMA', level: 'emergency', ref: 'history.triggers.trauma_major' },
  {
    rule: 'RF-STRYCHNINE-EXPOSURE',
    level: 'emergency_ambulance',
    ref: 'exposures.strychnine_or_rodenticide',
  },
  {
    rule: 'RF-STREET-DRUG-SPASMS',
    level: 'emergency_ambulance',
    context: { 'history.triggers.stimulus': true },
    ref: 'exposures.unknown_powder_or_street_drug',
  },
  {
    rule: 'RF-AWAKE-TETANIC-SPASMS',
    level: 'emergency_ambulance',
    context: { 'history.triggers.stimulus': true },
    ref: 'findings.trismus',
  },
  {
    rule: 'RF-TETANUS',
    level: 'emergency_ambulance',
    context: { 'exposures.penetrating_wound': true },
    ref: 'findings.trismus',
  },
  {
    rule: 'RF-ACUTE-GENERALIZED-TETANIC-SPASMS',
    level: 'emergency',
    context: { 'history.spread': 'generalized', 'history.onset': 'acute' },
    ref: 'findings.opisthotonus',
  },
  {
    rule: 'RF-TETANUS-RISK',
    level: 'emergency',
    context: {
      'exposures.penetrating_wound': true,
      'history.spread': 'axial',
      'history.onset': 'acute',
    },
    ref: 'findings.tetanus_vaccination_up_to_date',
    value: false,
  },
  { rule: 'RF-CES-SADDLE', level: 'emergency', ref: 'findings.saddle_anaesthesia' },
  { rule: 'RF-CES-RETENTION', level: 'emergency', ref: 'findings.urinary_retention' },
  { rule: 'RF-CES-BLADDER', level: 'emergency', ref: 'findings.urinary_incontinence' },
  { rule: 'RF-CES-BLADDER', level: 'emergency', ref: 'findings.altered_bladder_sensation' },
  { rule: 'RF-CES-BOWEL', level: 'emergency', ref: 'findings.faecal_incontinence' },
  { rule: 'RF-CES-LEGS', level: 'emergency', ref: 'findings.bilateral_leg_weakness' },
  { rule: 'RF-NEURO-PROGRESSIVE', level: 'emergency', ref: 'findings.progressive_weakness' },
  { rule: 'RF-NEURO-FOOT-DROP', level: 'emergency', ref: 'findings.foot_drop' },
  {
    rule: 'RF-NEURO-CORD-SIGNS',
    level: 'emergency',
    context: { 'history.onset': 'acute' },
    ref: 'findings.gait_disturbance',
  },
  {
    rule: 'RF-NEW-FOCAL-DEFICIT',
    level: 'emergency',
    context: { 'history.onset': 'gradual' },
    ref: 'findings.hemiparesis',
  },
  {
    rule: 'RF-SUDDEN-FOCAL-DEFICIT',
    level: 'emergency_ambulance',
    context: { 'history.onset': 'sudden' },
    ref: 'findings.hemiparesis',
  },
  {
    rule: 'RF-MSCC-DEFICIT',
    level: 'emergency',
    context: { 'history.onset': 'gradual', 'findings.gait_disturbance': true },
    ref: 'conditions.cancer_history',
  },
  // a fever felt is an emergency at once (RF-FEVER), so the rules that need a fever with something else
  // are reached through a measured temperature after "I don't know" to fever
  { rule: 'RF-FEVER', level: 'emergency', context: {}, ref: 'findings.fever_reported' },
  { rule: 'RF-RIGORS', level: 'emergency', context: {}, ref: 'findings.rigors' },
  {
    rule: 'RF-INFECTION-FEBRILE',
    level: 'emergency',
    context: { 'findings.fever_reported': null, 'exposures.injection_drug_use': true },
    ref: 'vitals.temperatureC',
    value: 38.6,
  },
  {
    rule: 'RF-VITALS-SEVERE',
    level: 'emergency',
    context: { 'findings.fever_reported': null },
    ref: 'vitals.temperatureC',
    value: 40.5,
  },
  {
    rule: 'RF-AUTONOMIC-DYSREFLEXIA',
    level: 'emergency',
    context: {
      'conditions.spinal_cord_injury': true,
      'history.onset': 'chronic',
      'history.course': 'stable',
    },
    ref: 'findings.autonomic_dysreflexia_symptoms',
  },
  {
    rule: 'RF-RHABDOMYOLYSIS-URINE',
    level: 'emergency',
    ref: 'findings.dark_urine',
  },
  {
    rule: 'RF-BOTULINUM-SPREAD',
    level: 'emergency',
    context: { 'medications.botulinum_toxin': true },
    ref: 'findings.dysphagia',
  },
  {
    rule: 'RF-ACUTE-DYSTONIA',
    level: 'emergency',
    context: { 'medications.dopamine_antagonist': true, 'history.onset': 'acute' },
    ref: 'findings.dystonia',
  },
  {
    rule: 'RF-ADRENAL-CRISIS',
    level: 'emergency_ambulance',
    context: {
      'findings.unexplained_weight_loss': true,
      'findings.hyperpigmentation': true,
      'findings.salt_craving': true,
    },
    ref: 'findings.vomiting',
  },
  {
    rule: 'RF-SEROTONIN-TOXICITY',
    level: 'emergency',
    context: { 'medications.serotonergic_drug': true, 'findings.tremor': true },
    ref: 'findings.myoclonus',
  },
];

/**
 * Runs the interview with the scenario's answers and the trigger answered `value`; returns the lines
 * and the line after the reply that completed the scenario's yes answers (the trigger, or a partner
 * that came later).
 */
async function withTrigger(sc: Scenario, value: Value) {
  const told = { ...sc.context, [sc.ref]: value };
  const yes = Object.entries(told)
    .filter(([, v]) => v !== null && v !== false && typeof v !== 'string')
    .map(([r]) => r);
  const pending = new Set([...yes, sc.ref]);
  let answeredAt = -1;
  const answer = patient(told);
  const s = await drive((q, lines) => {
    for (const a of q.asks) {
      pending.delete(a.ref);
    }
    if (pending.size === 0 && answeredAt < 0) {
      answeredAt = lines.length;
    }
    return replyWith(q, answer);
  });
  return { ...s, answeredAt };
}

describe('each emergency red flag', () => {
  test.each(SCENARIOS.map((sc) => [`${sc.rule} (${sc.ref})`, sc] as const))(
    '%s answered yes ends the interview with its level on the next line, or after the short ambulance screen its question marks; "I don\'t know" does not',
    async (_name, sc) => {
      const yes = await withTrigger(sc, sc.value ?? true);
      expect(yes.answeredAt, 'every answer of the scenario was asked').toBeGreaterThan(0);
      // an emergency may still ask the few questions marked to be asked after it (escalateIf: after a major injury
      // the legs, the belly, where it hurts (a neck is an ambulance, RF-NECK-INJURY-MAJOR since stop 49) and the
      // feeling in the limbs; after a confusion the injuries and poisons, the stroke signs and the adrenal signs),
      // never more than four, never another
      const after = yes.lines.slice(yes.answeredAt) as Record<string, any>[];
      const at = after.findIndex((l) => l.type === 'result');
      expect(at).toBeGreaterThanOrEqual(0);
      expect(at).toBeLessThanOrEqual(4);
      for (const q of after.slice(0, at)) {
        expect(q.type).toBe('question');
        expect(questionDef(q.id as QuestionId).escalateIf, q.id).toBeDefined();
      }
      const next = after[at] as Record<string, any>;
      expect(next.type).toBe('result');
      expect(next.stoppedBecause).toBe('emergency');
      expect(next.triage.level).toBe(sc.level);
      expect(next.triage.reasons.map((r: { rule: string }) => r.rule)).toContain(sc.rule);
      expect(yes.code).toBe(0);

      const unknown = await withTrigger(sc, null);
      const then = unknown.lines[unknown.answeredAt] as Record<string, any>;
      if (then.type === 'result') {
        expect(then.triage.reasons.map((r: { rule: string }) => r.rule)).not.toContain(sc.rule);
      }
      const last = unknown.lines[unknown.lines.length - 1] as Record<string, any>;
      expect(last.triage.reasons.map((r: { rule: string }) => r.rule)).not.toContain(sc.rule);
      expect(last.unanswered).toContain(sc.ref);
    },
  );
});

describe('tonus interview in the terminal', () => {
  test('asks a person item by item, accepts ? for "I don\'t know", re-asks what it cannot read, and ends in words', async () => {
    const out: string[] = [];
    const typed = (function* () {
      yield 'maybe';
      for (;;) {
        yield '?';
      }
    })();
    const lines: AsyncIterable<string> = {
      [Symbol.asyncIterator]: () => ({
        next: () => Promise.resolve({ done: false as const, value: typed.next().value }),
      }),
    };
    const code = await runTerminalInterview(
      lines,
      { out: (l) => out.push(l), err: (l) => out.push(l) },
      '2026-11-25',
    );
    expect(code).toBe(0);
    const text = out.join('\n');
    expect(text).toMatch(/Please type y for yes/);
    expect(text).toMatch(/What to do: /);
    expect(text).toMatch(/not a diagnosis/);
    expect(text).not.toMatch(/\d+ ?%/);
  });
});
