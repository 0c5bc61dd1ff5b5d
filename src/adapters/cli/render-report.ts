/**
 * @module The readable `tonus assess` report, rendered from a view. The patient version says which care to
 * seek, why, and what to do meanwhile; its view has no field that could name a prescription drug or dose.
 * The clinician version adds the differential, its evidence, next tests and questions, and
 * prescriber-only options.
 */
import type { ClinicianView, PatientView, SelfCareView } from '../../app/index.js';

const pct = (x: number): string => `${(x * 100).toFixed(0)} %`;

function selfCareLines(s: SelfCareView): string[] {
  const lines = [`${s.heading}:`];
  for (const item of s.items) {
    lines.push(`  - ${item.text}`);
    for (const c of item.cautions) {
      lines.push(`      Take care: ${c}`);
    }
  }
  if (s.withheldText !== undefined) {
    lines.push(`  ${s.withheldText}`);
  }
  return lines;
}

export function patientReport(v: PatientView): string {
  const lines = [v.notice, '', `What to do: ${v.triage.advice}`, 'Why:'];
  for (const reason of v.triage.reasons) {
    lines.push(`  - ${reason.text}`);
  }
  lines.push('', ...selfCareLines(v.selfCare), '', v.prescriptionOnly);
  return lines.join('\n');
}

function measurementLines(m: ClinicianView['measurements']): string[] {
  const out: string[] = [];
  if (m.pain !== undefined) {
    out.push(`pain NRS ${m.pain.nrs} (${m.pain.band})`);
  }
  if (m.psfs !== undefined) {
    out.push(
      `PSFS frequency ${m.psfs.frequency}${m.psfs.severity === null ? '' : `, severity ${m.psfs.severity}`}`,
    );
  }
  if (m.mas !== undefined) {
    out.push(`MAS ${m.mas.grade}`);
  }
  if (m.romLowestPercent !== undefined) {
    out.push(`lowest ROM ${m.romLowestPercent.toFixed(0)} % of normal`);
  }
  if (m.correctedCalciumMmolL !== undefined) {
    const mgDl =
      m.correctedCalciumMgDl === undefined ? '' : ` (${m.correctedCalciumMgDl.toFixed(1)} mg/dL)`;
    out.push(`albumin-corrected calcium ${m.correctedCalciumMmolL.toFixed(2)} mmol/L${mgDl}`);
  }
  if (m.calciumBasis !== undefined) {
    out.push(`calcium judged on ${m.calciumBasis.replace(/_/g, ' ')}`);
  }
  if (m.odi !== undefined) {
    out.push(
      `ODI ${m.odi.percent.toFixed(1)} % (${m.odi.band}, ${m.odi.sectionsAnswered}/10 sections)`,
    );
  }
  if (m.rmdq !== undefined) {
    out.push(
      `RMDQ ${m.rmdq.score}/24${m.rmdq.unanswered > 0 ? ` (${m.rmdq.unanswered} unanswered)` : ''}`,
    );
  }
  if (m.startBack !== undefined) {
    out.push(
      `STarT Back ${m.startBack.total}/9, psychosocial ${m.startBack.psychosocial}/5: ${m.startBack.risk} risk`,
    );
  }
  return out;
}

export function clinicianReport(v: ClinicianView): string {
  const lines = [
    `${v.notice} (knowledge base ${v.kbVersion})`,
    '',
    `TRIAGE  ${v.triage.level}: ${v.triage.advice}`,
  ];
  for (const reason of v.triage.reasons) {
    const because =
      reason.because.length === 0
        ? ''
        : `; because: ${reason.because.map((b) => b.text).join(', ')}`;
    lines.push(
      `  - ${reason.text} [${reason.rule} v${reason.version}; ${reason.sourceIds.join(', ')}; ${reason.status}]${because}`,
    );
  }
  lines.push(
    '',
    `CAUSE GROUPS  ${v.groups.map((g) => `${g.name} ${pct(g.probability)}`).join(' · ')}`,
    '',
    'DIFFERENTIAL',
  );
  v.differential.slice(0, 5).forEach((d, i) => {
    lines.push(`  ${i + 1}. ${d.name} ${pct(d.score)}`);
    if (d.for.length > 0) {
      lines.push(`       for: ${d.for.map((x) => x.text).join('; ')}`);
    }
    if (d.against.length > 0) {
      lines.push(`       against: ${d.against.map((x) => x.text).join('; ')}`);
    }
    if (d.missing.length > 0) {
      lines.push(`       unknown: ${d.missing.map((x) => x.text).join('; ')}`);
    }
  });
  lines.push('', 'NEXT BEST TESTS');
  if (v.nextTests.length === 0) {
    lines.push('  (none would change the differential much)');
  }
  for (const t of v.nextTests) {
    lines.push(`  - ${t.name}: ${t.why}`);
  }
  lines.push('', 'QUESTIONS TO ASK');
  for (const q of v.nextQuestions) {
    lines.push(`  - ${q.name}: ${q.why}`);
  }
  lines.push('', 'SELF-CARE', ...selfCareLines(v.selfCare));
  const ph = v.pharmacotherapy;
  if (ph.causeTreatment.length > 0 || ph.options.length > 0) {
    lines.push('', 'TREATMENT (prescriber only)');
    for (const c of ph.causeTreatment) {
      const name = v.differential.find((d) => d.condition === c.condition)?.name ?? c.condition;
      lines.push(`  - ${name}: ${c.text} [${c.sourceIds.join(', ')}; ${c.status}]`);
    }
    for (const o of ph.options) {
      lines.push(
        `  * ${o.drug}${o.offLabel ? ' (off-label)' : ''}${o.blocked ? ' — BLOCKED for this patient' : ''}`,
      );
      for (const f of o.flags) {
        lines.push(
          `      ${f.severity.toUpperCase()}: ${f.message} [${f.rule}; ${f.sourceIds.join(', ')}]`,
        );
      }
      lines.push(`      monitor: ${o.monitoring.map((x) => x.text).join('; ')}`);
    }
  }
  const measures = measurementLines(v.measurements);
  if (measures.length > 0) {
    lines.push('', 'MEASUREMENTS', ...measures.map((x) => `  - ${x}`));
  }
  return lines.join('\n');
}
