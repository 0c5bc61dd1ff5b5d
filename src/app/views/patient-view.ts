/**
 * @module What a patient may see of an assessment: the level in words, the reasons in lay words, the
 * self-care plan and the notice. It has no field for a differential, a drug or a dose, so nothing a
 * clinician-only part of the result holds can reach a patient through it.
 */
import { z } from 'zod';
import type { AssessmentResult } from '../../domain/engine/index.js';
import { SourceId } from '../../domain/kb/index.js';
import { TriageLevel } from '../../domain/shared/index.js';
import type { PatientMessages } from '../../i18n/index.js';
import { SelfCareView, selfCareView } from './common.js';

export const PatientView = z.strictObject({
  view: z.literal('patient/1'),
  notice: z.string(),
  kbVersion: z.string(),
  triage: z.strictObject({
    level: TriageLevel,
    advice: z.string(),
    reasons: z.array(
      z.strictObject({ rule: z.string(), text: z.string(), sourceIds: z.array(SourceId) }),
    ),
  }),
  selfCare: SelfCareView,
  prescriptionOnly: z.string(),
});
export type PatientView = z.infer<typeof PatientView>;

export function toPatientView(r: AssessmentResult, m: PatientMessages): PatientView {
  return {
    view: 'patient/1',
    notice: m.notice,
    kbVersion: r.kbVersion,
    triage: {
      level: r.triage.level,
      advice: m.levelAdvice[r.triage.level],
      reasons: r.triage.reasons.map((x) => ({
        rule: x.rule,
        text: m.reasonForPatient(x.rule),
        sourceIds: [...x.sourceIds],
      })),
    },
    selfCare: selfCareView(r.selfCare, m),
    prescriptionOnly: m.prescriptionOnly,
  };
}
