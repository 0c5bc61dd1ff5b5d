/**
 * @module Questionnaires as scored on paper: ODI section scores (0–5, a skipped section left unanswered), the
 * Roland-Morris statements ticked, and STarT Back's agree/disagree items and bothersomeness. Items are named
 * by number and a paraphrased topic only; the licensed wording is never shown [S6, S7, S8].
 */
import { memo, type ReactNode } from 'react';
import {
  BOTHERSOMENESS,
  ODI_SECTION_TOPICS,
  START_BACK_TOPICS,
} from '../../../../src/domain/scales/index';
import { WEB_ASSESS_EN as a } from '../../../../src/i18n/web-assess.en';
import type { QuestionnairesDraft as Q, Tri } from '../draft';
import { Issues, parseIssues, Select, type IssuesJson, Section } from './fields';

const q = a.questionnaires;
const ODI_OPTIONS = [0, 1, 2, 3, 4, 5].map((n) => [String(n), String(n)] as const);
const TICK_OPTIONS = [
  ['present', q.ticked],
  ['absent', q.notTicked],
] as const;
const AGREE_OPTIONS = [
  ['present', q.agree],
  ['absent', q.disagree],
] as const;
const BOTHER_OPTIONS = BOTHERSOMENESS.map((b) => [b, q.bothersomenessLevels[b]] as const);

const asTri = (v: string): Tri => (v === 'present' || v === 'absent' ? v : 'unknown');
const fromTri = (t: Tri): string => (t === 'unknown' ? '' : t);

export const QuestionnairesSection = memo(function QuestionnairesSection({
  value,
  onChange,
  issues,
}: {
  readonly value: Q;
  readonly onChange: (v: Q) => void;
  readonly issues: IssuesJson;
}): ReactNode {
  const list = parseIssues(issues);
  return (
    <Section title={a.sections.questionnaires}>
      <fieldset>
        <legend>{q.odi}</legend>
        <p className="progress">{q.odiHint}</p>
        <div className="row">
          {ODI_SECTION_TOPICS.map((topic, i) => (
            <Select
              key={topic}
              label={q.odiSection(i + 1, topic)}
              name={`questionnaires.odi.sections.${String(i)}`}
              value={value.odi[i] ?? ''}
              options={ODI_OPTIONS}
              onChange={(v) =>
                onChange({ ...value, odi: value.odi.map((s, j) => (j === i ? v : s)) })
              }
              issues={list}
            />
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{q.rmdq}</legend>
        <div className="row">
          {value.rmdq.map((t, i) => (
            <Select
              // the 24 statements are fixed: their number is their identity
              key={i}
              label={q.rmdqItem(i + 1)}
              name={`questionnaires.rmdq.items.${String(i)}`}
              value={fromTri(t)}
              options={TICK_OPTIONS}
              onChange={(v) =>
                onChange({ ...value, rmdq: value.rmdq.map((x, j) => (j === i ? asTri(v) : x)) })
              }
              issues={list}
            />
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{q.startBack}</legend>
        <div className="row">
          {value.startBack.agree.map((t, i) => (
            <Select
              key={START_BACK_TOPICS[i]}
              label={q.startBackItem(i + 1, START_BACK_TOPICS[i] ?? 'overall_bothersomeness')}
              name={`questionnaires.startBack.agree.${String(i)}`}
              value={fromTri(t)}
              options={AGREE_OPTIONS}
              onChange={(v) =>
                onChange({
                  ...value,
                  startBack: {
                    ...value.startBack,
                    agree: value.startBack.agree.map((x, j) => (j === i ? asTri(v) : x)),
                  },
                })
              }
              issues={list}
            />
          ))}
          <Select
            label={q.bothersomeness}
            name="questionnaires.startBack.bothersomeness"
            value={value.startBack.bothersomeness}
            options={BOTHER_OPTIONS}
            onChange={(bothersomeness) =>
              onChange({ ...value, startBack: { ...value.startBack, bothersomeness } })
            }
            issues={list}
          />
        </div>
      </fieldset>
      <Issues issues={list} />
    </Section>
  );
});
