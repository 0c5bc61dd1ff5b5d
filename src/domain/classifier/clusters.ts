/**
 * @module Clusters of correlated features, for the dependence correction of the naive-Bayes classifier.
 * Inside a cluster the features are mostly several views of one underlying fact (clonus, brisk reflexes
 * and raised tone are one upper-motor-neuron lesion; dialysis and kidney disease are one kidney), so
 * counting each as independent proof makes the posterior overconfident. Within a cluster the model
 * keeps the strongest piece of evidence whole and discounts each further one geometrically
 * (docs/evidence-model.md, "Correlated findings"). Every feature belongs to at most one cluster.
 * The groupings follow the reference rows that name the features together; the discount is a team
 * design (TONUS, P).
 */
import type { FeatureId } from '../evidence/index.js';
import type { Provenance } from '../kb/index.js';

export interface FeatureCluster extends Provenance {
  readonly id: string;
  readonly features: readonly FeatureId[];
}

const cluster = (
  id: string,
  sourceIds: Provenance['sourceIds'],
  features: FeatureId[],
): FeatureCluster => ({ id, features, sourceIds: [...sourceIds, 'TONUS'], status: 'P' });

/**
 * Weight of the k-th strongest evidence of one sign in a cluster is DISCOUNT^(k−1): the second counts
 * half, the third a quarter, so a whole cluster weighs at most twice its strongest member.
 */
export const CLUSTER_DISCOUNT = 0.5;

export const FEATURE_CLUSTERS: readonly FeatureCluster[] = [
  // an established upper-motor-neuron condition and the signs it leaves [A][M3]
  cluster(
    'upper_motor_neuron',
    ['A', 'M3'],
    [
      'cond:stroke',
      'cord_injury_known_or_imaged',
      'cond:multiple_sclerosis',
      'cond:cerebral_palsy',
      'hyperreflexia',
      'f:clonus',
      'f:babinski_sign',
      'increased_tone',
      'f:hemiparesis',
      'f:focal_neurological_deficit',
      'f:sensory_level',
      'gait_abnormal',
      'img:brainLesion',
    ],
  ),
  // weakness reported and weakness measured describe one deficit [R3][R4]
  cluster(
    'weakness',
    ['R3', 'R4'],
    [
      'weakness',
      'weakness_severe',
      'arm_root_deficit',
      'f:bilateral_leg_weakness',
      'f:progressive_weakness',
      'f:foot_drop',
      'f:back_hip_weakness',
      'f:generalized_weakness',
    ],
  ),
  // sphincter and saddle symptoms of one compressed cauda equina [R3][R4]
  cluster(
    'cauda_equina',
    ['R3', 'R4'],
    [
      'f:saddle_anaesthesia',
      'f:urinary_retention',
      'f:urinary_incontinence',
      'f:faecal_incontinence',
      'f:reduced_anal_tone',
      'f:altered_bladder_sensation',
      'img:caudaEquinaCompression',
      'img:discHerniation',
    ],
  ),
  // neuromuscular irritability of low calcium or magnesium [L1][L8]
  cluster(
    'tetany',
    ['L1', 'L8', 'L3'],
    ['f:carpopedal_spasm', 'f:chvostek_sign', 'f:trousseau_sign', 'f:perioral_paraesthesia'],
  ),
  // adrenal insufficiency: one hormone deficit behind skin, salt and blood pressure [X1]
  cluster(
    'adrenal',
    ['X1'],
    [
      'f:hyperpigmentation',
      'f:salt_craving',
      'f:orthostatic_dizziness',
      'bp',
      'lab:sodium',
      'lab:cortisol',
      'lab:acth',
    ],
  ),
  // serious spinal pathology features that travel together [R3][R4]
  cluster(
    'serious_pathology',
    ['R3', 'R4'],
    ['f:unexplained_weight_loss', 'f:pain_at_night_or_lying', 'f:no_improvement_4_weeks'],
  ),
  // a length-dependent neuropathy seen from the history, the sensory exam and the reflexes [X8]
  cluster(
    'neuropathy',
    ['X8'],
    [
      'f:distal_numbness',
      'f:burning_feet',
      'f:stocking_glove_sensory_loss',
      'sensory_deficit',
      'ankle_reflex_reduced',
      'reflexes_reduced',
      'arm_reflex_root_sign',
    ],
  ),
  // the tic criteria of DSM-5-TR describe one disorder [X4]
  cluster(
    'tics',
    ['X4'],
    [
      'f:motor_tics',
      'f:vocal_tics',
      'f:premonitory_urge',
      'f:tics_suppressible',
      'cond:adhd_or_ocd',
    ],
  ),
  // one extrapyramidal movement disorder [X2][X7]
  cluster(
    'dystonia',
    ['X2', 'X7'],
    ['f:dystonia', 'f:dysarthria', 'f:drooling', 'f:tremor', 'f:rigidity'],
  ),
  // generalised tetanic spasms of strychnine or tetanus: lockjaw, arching, set off by stimuli, awake [X6]
  cluster(
    'tetanic',
    ['X6', 'C1'],
    [
      'f:trismus',
      'f:risus_sardonicus',
      'f:opisthotonus',
      'f:consciousness_preserved_during_spasms',
      'trig:stimulus',
      'f:startle_exaggerated',
    ],
  ),
  // a strained muscle: tender, taut, painful to move, better at rest, movement limited [A]
  cluster(
    'mechanical',
    ['A'],
    [
      'f:paraspinal_tenderness',
      'f:palpable_taut_muscle',
      'f:pain_on_movement',
      'f:relief_at_rest',
      'rom_reduced',
    ],
  ),
  // exertion that strains a back: lifting, twisting and training are often one event [A][R1]
  cluster(
    'exertion',
    ['A', 'R1'],
    ['trig:lifting', 'trig:twisting', 'trig:exercise', 'exp:heat_exertion'],
  ),
  // one febrile illness seen as fever, rigors, a fast pulse and sweating [R3][R6]
  cluster('fever', ['R3', 'R6'], ['fever', 'f:rigors', 'tachycardia', 'f:heavy_sweating']),
  // twitching felt, fasciculations seen and recorded [X5]
  cluster(
    'fasciculation',
    ['X5'],
    ['f:fasciculations_visible', 'f:muscle_twitching', 'emg:fasciculations'],
  ),
  // a disturbed brain: confusion, behaviour change, fits [R6]
  cluster(
    'encephalopathy',
    ['R6', 'GRAUS2016'],
    ['ams', 'f:psychiatric_change', 'f:seizures', 'csf_pleocytosis'],
  ),
  // known kidney disease, dialysis and its blood results [L7][X9]
  cluster(
    'kidney',
    ['L7', 'X9'],
    ['cond:chronic_kidney_disease', 'cond:dialysis', 'trig:dialysis', 'lab:egfr', 'lab:creatinine'],
  ),
  // known liver disease, jaundice and its enzymes [X2][X3]
  cluster('liver', ['X2', 'X3'], ['cond:liver_disease', 'f:jaundice', 'lab:alt']),
  // brain iron on MRI: the eye-of-the-tiger sign is one pattern of it [X7]
  cluster('brain_iron', ['X7'], ['img:brainIronDeposition', 'img:eyeOfTheTigerSign']),
  // a spinal mass and the cord compression it causes [R3][R4]
  cluster('spinal_mass', ['R3', 'R4'], ['img:spinalMass', 'img:cordCompression']),
  // a penetrating wound seen and reported [C1]
  cluster('wound', ['C1'], ['f:wound_recent', 'exp:penetrating_wound']),
  // the ways salts are lost: any one explains a low potassium or magnesium, so the absence of the others
  // is not proof against it (reference §3.3, §6.1 [L2][L3][L4])
  cluster(
    'salt_losses',
    ['L2', 'L3', 'L4'],
    [
      'med:thiazide_diuretic',
      'med:loop_diuretic',
      'med:laxative',
      'med:proton_pump_inhibitor',
      'f:vomiting',
      'f:diarrhoea',
      'cond:eating_disorder',
      'cond:malabsorption',
      'cond:alcohol_use_disorder',
    ],
  ),
  // known diabetes and the raised sugar that shows it [L6]
  cluster('diabetes', ['L6'], ['cond:diabetes_mellitus', 'lab:glycaemia']),
  // where the spasm is: lumbar, and so not thoracic and not cervical, is one answer, not three [A]
  cluster(
    'regions',
    ['A'],
    ['region:cervical', 'region:thoracic', 'region:lumbar', 'region:sacral'],
  ),
];
