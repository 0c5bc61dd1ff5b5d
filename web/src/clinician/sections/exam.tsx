/**
 * @module The examination as the schema has it: muscle power (MRC 0–5) per root, reflexes (NINDS 0–4) per
 * site, tone (Modified Ashworth), range of motion as percent of normal or in degrees, sensory tests by
 * dermatome, modality and side (rows), and gait observations. Grades are chosen from their scale, so an
 * out-of-scale grade cannot be entered; a percent is typed and checked by the schema.
 */
import { memo, type ReactNode } from 'react';
import { GAIT_OBSERVATIONS, SensoryResult } from '../../../../src/domain/assessment/index';
import { MRC_ROOTS, REFLEX_SITES, SPINE_MOVEMENTS } from '../../../../src/domain/kb/index';
import { MAS_GRADES, MRC_MEANINGS } from '../../../../src/domain/scales/index';
import { WEB_ASSESS_EN as a } from '../../../../src/i18n/web-assess.en';
import type { ExamDraft, SensoryRow } from '../draft';
import { Issues, NumberField, parseIssues, Select, type IssuesJson, Section } from './fields';

const e = a.exam;
const MRC_OPTIONS = MRC_MEANINGS.map((m, g) => [String(g), e.mrcGrade[m]] as const);
const NINDS_OPTIONS = e.ninds.map((text, g) => [String(g), text] as const);
const MAS_OPTIONS = MAS_GRADES.map((g) => [g, e.masGrade[g]] as const);
const DERMATOMES = SensoryResult.shape.dermatome.options.map((d) => [d, d] as const);
const MODALITIES = SensoryResult.shape.modality.options.map((m) => [m, e.modalities[m]] as const);
const SIDES = SensoryResult.shape.side.options.map((s) => [s, e.sides[s]] as const);
const RESULTS = SensoryResult.shape.result.options.map((r) => [r, e.results[r]] as const);
const ROM_REGIONS = (['cervical', 'thoracolumbar'] as const).map(
  (r) => [r, e.romRegions[r]] as const,
);
const EMPTY_SENSORY: SensoryRow = { dermatome: '', modality: '', side: '', result: '' };

export const ExamSection = memo(function ExamSection({
  value,
  onChange,
  issues,
}: {
  readonly value: ExamDraft;
  readonly onChange: (v: ExamDraft) => void;
  readonly issues: IssuesJson;
}): ReactNode {
  const list = parseIssues(issues);
  const set = (patch: Partial<ExamDraft>): void => onChange({ ...value, ...patch });
  const setSensory = (i: number, patch: Partial<SensoryRow>): void =>
    set({ sensory: value.sensory.map((s, j) => (j === i ? { ...s, ...patch } : s)) });
  return (
    <Section title={a.sections.exam}>
      <fieldset>
        <legend>{e.mrc}</legend>
        <div className="row">
          {MRC_ROOTS.map((root) => (
            <Select
              key={root}
              label={e.mrcRoot(root)}
              name={`exam.mrc.${root}`}
              value={value.mrc[root] ?? ''}
              options={MRC_OPTIONS}
              onChange={(v) => set({ mrc: { ...value.mrc, [root]: v } })}
              issues={list}
            />
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{e.reflexes}</legend>
        <div className="row">
          {REFLEX_SITES.map((site) => (
            <Select
              key={site}
              label={e.reflexSite[site]}
              name={`exam.reflexes.${site}`}
              value={value.reflexes[site] ?? ''}
              options={NINDS_OPTIONS}
              onChange={(v) => set({ reflexes: { ...value.reflexes, [site]: v } })}
              issues={list}
            />
          ))}
        </div>
      </fieldset>
      <Select
        label={e.mas}
        name="exam.mas"
        value={value.mas}
        options={MAS_OPTIONS}
        onChange={(mas) => set({ mas })}
        issues={list}
      />
      <fieldset>
        <legend>{e.rom}</legend>
        <div className="row">
          {SPINE_MOVEMENTS.map((m) => (
            <NumberField
              key={m}
              label={e.movement[m]}
              unit={e.percentOfNormal}
              name={`exam.romPercentOfNormal.${m}`}
              value={value.rom[m] ?? ''}
              onChange={(v) => set({ rom: { ...value.rom, [m]: v } })}
              issues={list}
            />
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{e.romDegrees}</legend>
        <Select
          label={e.romRegion}
          name="exam.romDegrees.region"
          value={value.romDegrees.region}
          options={ROM_REGIONS}
          onChange={(region) => set({ romDegrees: { ...value.romDegrees, region } })}
          issues={list}
        />
        <div className="row">
          {SPINE_MOVEMENTS.map((m) => (
            <NumberField
              key={m}
              label={e.movement[m]}
              unit={e.degrees}
              name={`exam.romDegrees.movements.${m}`}
              value={value.romDegrees.movements[m] ?? ''}
              onChange={(v) =>
                set({
                  romDegrees: {
                    ...value.romDegrees,
                    movements: { ...value.romDegrees.movements, [m]: v },
                  },
                })
              }
              issues={list}
            />
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{e.sensory}</legend>
        {value.sensory.map((s, i) => {
          const at = `exam.sensory.${String(i)}`;
          return (
            // a test has no identity beyond its place in the list
            <fieldset key={i} className="row">
              <legend>{e.sensoryRow(i + 1)}</legend>
              <Select
                label={e.dermatome}
                name={`${at}.dermatome`}
                value={s.dermatome}
                options={DERMATOMES}
                onChange={(dermatome) => setSensory(i, { dermatome })}
                issues={list}
              />
              <Select
                label={e.modality}
                name={`${at}.modality`}
                value={s.modality}
                options={MODALITIES}
                onChange={(modality) => setSensory(i, { modality })}
                issues={list}
              />
              <Select
                label={e.side}
                name={`${at}.side`}
                value={s.side}
                options={SIDES}
                onChange={(side) => setSensory(i, { side })}
                issues={list}
              />
              <Select
                label={e.result}
                name={`${at}.result`}
                value={s.result}
                options={RESULTS}
                onChange={(result) => setSensory(i, { result })}
                issues={list}
              />
              <button
                type="button"
                onClick={() => set({ sensory: value.sensory.filter((_, j) => j !== i) })}
              >
                {a.remove(e.sensoryRow(i + 1))}
              </button>
            </fieldset>
          );
        })}
        <button type="button" onClick={() => set({ sensory: [...value.sensory, EMPTY_SENSORY] })}>
          {e.addSensory}
        </button>
      </fieldset>
      <fieldset>
        <legend>{e.gait}</legend>
        <div className="row">
          {GAIT_OBSERVATIONS.map((g) => (
            <label key={g} className="radio">
              <input
                type="checkbox"
                name={`exam.gait-${g}`}
                checked={value.gait.includes(g)}
                onChange={(ev) =>
                  set({
                    gait: ev.target.checked
                      ? [...value.gait, g]
                      : value.gait.filter((x) => x !== g),
                  })
                }
              />
              {e.gaits[g]}
            </label>
          ))}
        </div>
      </fieldset>
      <Issues issues={list} />
    </Section>
  );
});
