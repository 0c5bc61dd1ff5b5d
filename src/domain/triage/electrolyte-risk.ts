/**
 * @module Reference §3.3, "suspected electrolyte disturbance before any blood result" [CKS][L2][L8]: the
 * risk factors for a low potassium, magnesium or calcium, and whether any of those results is known. The
 * red flags read them with a warning symptom; the baseline keeps such a patient out of self-care.
 */
import { all, any, has, untested } from '../evidence/index.js';

/** A water tablet that loses potassium and magnesium: a thiazide or a loop diuretic [L2][L3]. */
export const takesDiuretic = any(has('med:thiazide_diuretic'), has('med:loop_diuretic'));

/** Ways potassium is lost (reference §3.3, §6.1 [L2]). */
export const potassiumLossRisk = any(
  takesDiuretic,
  has('med:laxative'),
  has('cond:eating_disorder'),
  has('f:vomiting'),
  has('f:diarrhoea'),
);

/** Ways magnesium is lost (reference §6.1 [L3][L4]); alcohol lowers potassium and calcium with it. */
export const magnesiumLossRisk = any(
  has('med:proton_pump_inhibitor'),
  has('cond:alcohol_use_disorder'),
  has('cond:malabsorption'),
  takesDiuretic,
);

/** What lowers calcium (reference §3.3, §6.1 [L8]). */
export const calciumLowRisk = any(
  has('cond:neck_surgery_thyroid_parathyroid'),
  has('cond:malabsorption'),
);

export const electrolyteRisk = any(
  potassiumLossRisk,
  magnesiumLossRisk,
  calciumLowRisk,
  has('cond:chronic_kidney_disease'),
);

export const noElectrolyteResult = all(
  untested('lab:potassium'),
  untested('lab:magnesium'),
  untested('lab:calcium'),
);
