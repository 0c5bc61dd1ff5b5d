/**
 * @module The readable `tonus assess` report. The patient version says which care to seek, why, and what
 * to do meanwhile; it never names a prescription drug or dose. The clinician version adds the
 * differential, its evidence, next tests and questions, and prescriber-only options.
 */
import type { AssessmentResult } from '../../domain/engine/index.js';
import {
  CAUSE_ACTION_TEXT,
  CAUTION_TEXT,
  CONDITION_NAMES,
  GROUP_NAMES,
  LEVEL_NAMES,
  MODE_TEXT,
  NOTICE,
  REASON_TEXT,
  TEST_NAMES,
  WITHHELD_TEXT,
  evidenceText,
  factText,
  orderFindingText,
  questionText,
  selfCareText,
  whyText,
} from '../../i18n/index.js';

const pct = (x: number): string => `${(x * 100).toFixed(0)} %`;

function selfCareLines(r: AssessmentResult): string[] {
  const lines = [`${MODE_TEXT[r.selfCare.mode]}:`];
  for (const item of r.selfCare.items) {
    lines.push(`  - ${selfCareText(item)}`);
    for (const c of item.cautions) {
      lines.push(`      Take care: ${CAUTION_TEXT[c]}`);
    }
  }
  if (r.selfCare.withheld.length > 0) {
    lines.push(`  ${WITHHELD_TEXT}`);
  }
  return lines;
}

export function patientReport(r: AssessmentResult): string {
  const lines = [NOTICE, '', `What to do: ${LEVEL_NAMES[r.triage.level]}`, 'Why:'];
  for (const reason of r.triage.reasons) {
    lines.push(`  - ${REASON_TEXT[reason.rule]?.patient ?? reason.rule}`);
  }
  lines.push(
    '',
    ...selfCareLines(r),
    '',
    'Medicines for spasm can only be prescribed by a doctor; do not take anyone else’s.',
  );
  return lines.join('\n');
}

export function clinicianReport(r: AssessmentResult): string {
  const lines = [
    `${NOTICE} (knowledge base ${r.kbVersion})`,
    '',
    `TRIAGE  ${r.triage.level}: ${LEVEL_NAMES[r.triage.level]}`,
  ];
  for (const reason of r.triage.reasons) {
    const because =
      reason.because.length === 0
        ? ''
        : `; because: ${reason.because.map(evidenceText).join(', ')}`;
    lines.push(
      `  - ${REASON_TEXT[reason.rule]?.clinician ?? reason.rule} [${reason.rule} v${reason.version}; ${reason.sourceIds.join(', ')}; ${reason.status}]${because}`,
    );
  }
  lines.push(
    '',
    `CAUSE GROUPS  ${r.groups.map((g) => `${GROUP_NAMES[g.group]} ${pct(g.probability)}`).join(' · ')}`,
    '',
    'DIFFERENTIAL',
  );
  r.differential.slice(0, 5).forEach((d, i) => {
    lines.push(`  ${i + 1}. ${CONDITION_NAMES[d.condition]} ${pct(d.score)}`);
    if (d.for.length > 0) {
      lines.push(`       for: ${d.for.map(evidenceText).join('; ')}`);
    }
    if (d.against.length > 0) {
      lines.push(`       against: ${d.against.map(evidenceText).join('; ')}`);
    }
    if (d.missing.length > 0) {
      lines.push(`       unknown: ${d.missing.map(evidenceText).join('; ')}`);
    }
  });
  lines.push('', 'NEXT BEST TESTS');
  if (r.nextTests.length === 0) {
    lines.push('  (none would change the differential much)');
  }
  for (const t of r.nextTests) {
    lines.push(`  - ${TEST_NAMES[t.id]}: ${whyText(t)}`);
  }
  lines.push('', 'QUESTIONS TO ASK');
  for (const q of r.nextQuestions) {
    lines.push(`  - ${questionText(q)}: ${whyText(q)}`);
  }
  lines.push('', 'SELF-CARE', ...selfCareLines(r));
  const ph = r.pharmacotherapy;
  if (ph !== undefined) {
    lines.push('', 'TREATMENT (prescriber only)');
    for (const c of ph.causeTreatment) {
      lines.push(
        `  - ${CONDITION_NAMES[c.condition]}: ${CAUSE_ACTION_TEXT[c.action]} [${c.sourceIds.join(', ')}; ${c.status}]`,
      );
    }
    for (const o of ph.options) {
      lines.push(
        `  * ${o.drug}${o.offLabel ? ' (off-label)' : ''}${o.blocked ? ' — BLOCKED for this patient' : ''}`,
      );
      for (const f of o.flags) {
        lines.push(
          `      ${f.severity.toUpperCase()}: ${orderFindingText(f)} [${f.rule}; ${f.sourceIds.join(', ')}]`,
        );
      }
      lines.push(`      monitor: ${o.monitoring.map(factText).join('; ')}`);
    }
  }
  const m = r.measurements;
  const measures: string[] = [];
  if (m.pain !== undefined) {
    measures.push(`pain NRS ${m.pain.nrs} (${m.pain.band})`);
  }
  if (m.psfs !== undefined) {
    measures.push(
      `PSFS frequency ${m.psfs.frequency}${m.psfs.severity === null ? '' : `, severity ${m.psfs.severity}`}`,
    );
  }
  if (m.mas !== undefined) {
    measures.push(`MAS ${m.mas.grade}`);
  }
  if (m.romLowestPercent !== undefined) {
    measures.push(`lowest ROM ${m.romLowestPercent.toFixed(0)} % of normal`);
  }
  if (m.correctedCalciumMmolL !== undefined) {
    measures.push(
      `albumin-corrected calcium ${m.correctedCalciumMmolL.toFixed(2)} mmol/L (${(m.correctedCalciumMmolL * 4.008).toFixed(1)} mg/dL)`,
    );
  }
  if (m.calciumBasis !== undefined) {
    measures.push(`calcium judged on ${m.calciumBasis.replace(/_/g, ' ')}`);
  }
  if (m.odi !== undefined) {
    measures.push(
      `ODI ${m.odi.percent.toFixed(1)} % (${m.odi.band}, ${m.odi.sectionsAnswered}/10 sections)`,
    );
  }
  if (m.rmdq !== undefined) {
    measures.push(
      `RMDQ ${m.rmdq.score}/24${m.rmdq.unanswered > 0 ? ` (${m.rmdq.unanswered} unanswered)` : ''}`,
    );
  }
  if (m.startBack !== undefined) {
    measures.push(
      `STarT Back ${m.startBack.total}/9, psychosocial ${m.startBack.psychosocial}/5: ${m.startBack.risk} risk`,
    );
  }
  if (measures.length > 0) {
    lines.push('', 'MEASUREMENTS', ...measures.map((x) => `  - ${x}`));
  }
  return lines.join('\n');
}
