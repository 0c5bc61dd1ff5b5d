/** @module Dystonia outside Wilson's disease and NBIA: group and codes, evidence model, what confirms it, what treats it. */
import { condition, icd } from './define.js';

/**
 * Not among the case format's condition ids: added so that a long-standing dystonia with no cause of the article's
 * table (an idiopathic cervical dystonia, a tardive one after months of a dopamine blocker, a Parkinson's disease's
 * off-period dystonia) is read as the central group's, not as a strained muscle's. The article's dystonias are
 * Wilson's disease's and NBIA's, both of the young, and the acute dystonic reaction comes within days of its drug;
 * this one is an adult's, builds over months or years, and is treated with botulinum toxin [AAN-BONT-2016][D8].
 */
export const dystonia = condition({
  id: 'dystonia',
  group: 'central',
  alsoGroups: [],
  inArticleTable: false,
  sourceIds: ['AAN-BONT-2016', 'D8'],
  status: 'P',
  codes: [icd('G24.3', 'Spasmodic torticollis', 'P'), icd('G24.9', 'Dystonia, unspecified', 'P')],
  model: {
    // rarer than a strained neck by far; it stands in the differential only with the dystonia found (`requires`), so
    // it takes nothing from the conditions whose floors sit near their thresholds when none was recorded (the stop 59
    // review: a serotonin syndrome's floor, a tumour's)
    prior: 0.002,
    sourceIds: ['AAN-BONT-2016', 'TONUS'],
    requires: 'f:dystonia',
    evidence: {
      'f:dystonia': 0.95,
      // a jerky head tremor is a cervical dystonia's own, and a Parkinson's disease brings its tremor and rigidity
      'f:tremor': 0.35,
      'f:rigidity': 0.15,
      // a dystonic spasm is felt as a cramp ("writer's cramp" is a dystonia of the hand)
      'f:muscle_cramps': 0.4,
      gait_abnormal: 0.25,
      // a tardive dystonia follows months of a dopamine blocker, but most dystonias on one are its acute reaction's.
      // Its usual treatment, botulinum toxin [AAN-BONT-2016], is not read: most who take the toxin take it for a
      // stroke's or a cerebral palsy's spasticity
      'med:dopamine_antagonist': 0.02,
      'f:family_history_neurological': 0.1,
      'f:psychiatric_change': 0.08,
      'f:dysarthria': 0.1,
      // what Wilson's disease or NBIA shows, a brain's acute illness, a cord's or a nerve's signs count against it
      // (each below its baseline, so it counts against: 1.46.0, they were above it)
      'f:kayser_fleischer_rings': 0.0005,
      'f:jaundice': 0.01,
      'lab:ceruloplasmin': { low: 0.01 },
      'img:brainIronDeposition': 0.001,
      'img:eyeOfTheTigerSign': 0.0002,
      'f:opisthotonus': 0.05,
      'f:trismus': 0.02,
      // a wound points to tetanus, whose spasms are told as a dystonia too
      'f:wound_recent': 0.005,
      'exp:penetrating_wound': 0.002,
      // nor a racing pulse, a sweat or a fever: a neuroleptic malignant or a serotonin syndrome's
      ams: 0.005,
      fever: 0.01,
      tachycardia: 0.05,
      'f:heavy_sweating': 0.03,
      'f:seizures': 0.005,
      hyperreflexia: 0.05,
      'f:babinski_sign': 0.01,
      'f:clonus': 0.01,
      weakness: 0.05,
      // it builds over months or years; a dystonia within hours or days of a new drug is the acute reaction's. The rest of
      // its shape (the side, the course, the spread) is left to the baseline: without the dystonia found, a neck pain of
      // months is no more this than any other cause (a frozen shoulder's, dev-7236)
      onset: { sudden: 0.005, acute: 0.03 },
      age: { under_18: 0.03 },
      // the neck is a focal dystonia's commonest place in adults [AAN-BONT-2016]
      'region:cervical': 0.7,
    },
  },
  confirmedBy: { sourceIds: ['AAN-BONT-2016'], by: [] },
  treatment: {
    action: 'movement_disorder_review_botulinum_toxin',
    sourceIds: ['AAN-BONT-2016', 'D8'],
    status: 'P',
  },
});
