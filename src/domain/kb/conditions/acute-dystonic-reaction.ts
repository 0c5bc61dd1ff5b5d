/** @module Acute dystonic reaction: group and codes, evidence model, what confirms it, what treats it, and its triage floor. */
import type { When } from '../../evidence/index.js';
import { condition } from './define.js';

/**
 * A reaction that has settled by itself: the course is improving and nothing threatens the airway (no
 * clenched jaw, no trouble swallowing or breathing, no spasm of the larynx). It is then reported to the
 * prescriber, not an emergency (TONUS, UNVERIFIED). Written as data, not with the evidence module's
 * builders, so the knowledge base does not load the evidence module at run time.
 */
export const dystonicReactionSettled: When = {
  all: [
    { cat: 'course', in: ['improving'] },
    { not: { f: 'f:trismus' } },
    { not: { f: 'f:dysphagia' } },
    { not: { f: 'f:breathing_difficulty' } },
    { not: { f: 'f:laryngospasm' } },
  ],
};

/**
 * A tardive dystonia examined and found without a sign of a drug's emergency: a dystonia of four weeks or more that
 * came on slowly, on a dopamine blocker taken for months, is not the reaction of a drug's first days but a tardive
 * one, for the prescriber and a neurologist at the clinic's pace. The classifier has no duration, so the reaction's
 * model still leads it (it leads only with the dopamine blocker and the dystonia, which this step-aside leaves to the
 * floor's own leader) and its floor steps aside here. Because the
 * reaction's floor is then the only thing between the case and the neuroleptic malignant syndrome or serotonin
 * syndrome it can hide (their floors read the leader), every sign of those must have been looked for and found
 * absent: no rigidity or raised tone, a clear mind, no fever and a temperature measured under 37.5, a pulse of 100 or
 * less, a breathing rate under 21 and a systolic pressure under 160, measured, none of them only unknown; no drenching sweat,
 * leak of urine, weakness all over or raised CK, no brisk reflexes, clonus or jerks; swallowing and breathing asked and clear,
 * and nothing else at the airway; an adult (TONUS, UNVERIFIED; dev-15857, four
 * years of a tardive retrocollis on botulinum toxin, overdue, was sent to the emergency department). A first try in
 * stop 59 without those signs lost early neuroleptic malignant syndromes with no fever yet, and was withdrawn; the
 * stop 60 review added the breathing rate, the pressure, a low-grade temperature, a graded tone, a leak of urine, a
 * drooling or slurred speech and swallowing asked, each of which it found let an early one or an airway through.
 */
export const tardiveDystoniaExamined: When = {
  all: [
    // an adult's: a child's dystonia of months on a dopamine blocker is rare enough to be seen sooner
    { age: { atLeast: 18 } },
    { history: 'durationDays', atLeast: 28 },
    { cat: 'onset', in: ['gradual', 'chronic'] },
    // the airway: swallowing and breathing asked and clear, no clenched jaw, larynx, drooling or slurred speech
    { not: { f: 'f:trismus' } },
    { absent: 'f:dysphagia' },
    { absent: 'f:breathing_difficulty' },
    { not: { f: 'f:laryngospasm' } },
    { not: { f: 'f:drooling' } },
    { not: { f: 'f:dysarthria' } },
    // a neuroleptic malignant syndrome's signs, each looked for and absent: a rigid body (told, or a raised tone
    // graded), a clouded mind, a temperature measured under 37.5, a pulse of 100 or less, a breathing rate under 21
    // and a systolic under 160
    { absent: 'f:rigidity' },
    { not: { f: 'increased_tone' } },
    { absent: 'ams' },
    { absent: 'fever' },
    { vital: 'temperatureC', below: 37.5 },
    { absent: 'tachycardia' },
    { vital: 'respiratoryRate', below: 21 },
    { vital: 'systolicBp', below: 160 },
    { not: { f: 'f:heavy_sweating' } },
    { not: { f: 'f:urinary_incontinence' } },
    { not: { f: 'f:generalized_weakness' } },
    { not: { cat: 'lab:ck', in: ['raised', 'very_high'] } },
    // nor a serotonin syndrome's
    { not: { f: 'hyperreflexia' } },
    { not: { f: 'f:clonus' } },
    { not: { f: 'f:myoclonus' } },
  ],
};

export const acuteDystonicReaction = condition({
  id: 'acute_dystonic_reaction',
  group: null,
  alsoGroups: [],
  inArticleTable: false,
  sourceIds: ['FORMAT', 'TONUS'],
  status: 'UNVERIFIED',
  codes: [],
  model: {
    prior: 0.003,
    sourceIds: ['FORMAT'],
    evidence: {
      'med:dopamine_antagonist': 0.98,
      'f:dystonia': 0.9,
      'f:opisthotonus': 0.25,
      'f:trismus': 0.25,
      'f:dysarthria': 0.2,
      'f:dysphagia': 0.2,
      'f:breathing_difficulty': 0.05,
      'f:laryngospasm': 0.03,
      'f:consciousness_preserved_during_spasms': 0.9,
      'f:rigidity': 0.15,
      hyperreflexia: 0.05,
      'f:clonus': 0.02,
      fever: 0.02,
      ams: 0.03,
      // a dystonic reaction is a movement, not a fit: a seizure beside it points elsewhere (team estimate)
      'f:seizures': 0.02,
      'region:cervical': 0.75,
      onset: { sudden: 0.55, acute: 0.43, gradual: 0.02, chronic: 0.001 },
      course: { stable: 0.4, worsening: 0.4 },
      spread: { local: 0.35, axial: 0.5, generalized: 0.15 },
      age: { under_18: 0.25, '18_to_39': 0.55, '40_to_59': 0.15 },
      pain: { moderate: 0.5, severe: 0.3 },
    },
  },
  confirmedBy: { sourceIds: ['FORMAT'], by: [] },
  treatment: {
    action: 'anticholinergic_emergency_care',
    sourceIds: ['TONUS'],
    status: 'UNVERIFIED',
  },
  floor: {
    id: 'CX-ACUTE-DYSTONIA',
    // v2 a reaction settled by itself (1.7.0); v3 and v4 a dystonia of months, tried and withdrawn (stop 59);
    // v5 a tardive dystonia examined (1.43.0); v6 and v7 its two reviews (stop 60)
    version: 7,
    level: 'emergency',
    minProbability: 0.6,
    unless: { any: [dystonicReactionSettled, tardiveDystoniaExamined] },
    sourceIds: ['TONUS'],
    status: 'UNVERIFIED',
  },
});
