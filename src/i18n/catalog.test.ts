import { describe, expect, test } from 'vitest';
import { TEST_IDS } from '../domain/classifier/index.js';
import { FEATURES } from '../domain/evidence/index.js';
import { CONDITION_IDS, DRUG_FACTS, type DrugFactId } from '../domain/kb/index.js';
import { ORDER_RULES } from '../domain/orders/index.js';
import { CAUSE_GROUPS, TRIAGE_LEVELS } from '../domain/shared/index.js';
import { CAUSE_ACTIONS } from '../domain/treatment/index.js';
import { BASELINE_RULES, CAUSE_FLOORS, RED_FLAG_RULES } from '../domain/triage/index.js';
import type { Messages } from './index.js';
import { en, ORDER_MESSAGES, REASON_TEXT } from './index.js';

/** Every locale Tonus ships; each must word everything the domain can return. */
const LOCALES: Readonly<Record<string, Messages>> = { en };

const TRIAGE_RULES = [...RED_FLAG_RULES, ...CAUSE_FLOORS, ...BASELINE_RULES].map((r) => r.id);
const sorted = (xs: Iterable<string>): string[] => [...xs].sort();
/** Words, not the raw id (an id that is itself a plain word, such as `fever`, may be its own name). */
const worded = (text: string, id: string): void => {
  expect(text.trim().length, `${id} has words`).toBeGreaterThan(0);
  if (/[:_.-]|[A-Z]/.test(id)) {
    expect(text, `${id} is not shown as its raw id`).not.toBe(id);
  }
};

describe.each(Object.entries(LOCALES))('the %s catalog is complete', (_locale, m) => {
  test('every triage rule has clinician and patient words', () => {
    for (const id of TRIAGE_RULES) {
      worded(m.reasonForClinician(id), id);
      worded(m.reasonForPatient(id), id);
    }
  });

  test('every order rule has a message', () => {
    for (const r of ORDER_RULES) {
      worded(
        m.orderFinding({
          rule: r.id,
          version: r.version,
          severity: r.severity,
          sourceIds: r.sourceIds,
          status: r.status,
          params: {},
        }),
        r.id,
      );
    }
  });

  test('every condition, feature, test, level, group and cause action has a name', () => {
    for (const id of CONDITION_IDS) {
      worded(m.condition[id], id);
      worded(m.causeAction[CAUSE_ACTIONS[id].action], id);
    }
    for (const f of FEATURES) {
      worded(m.feature(f.id), f.id);
    }
    for (const id of TEST_IDS) {
      worded(m.test[id], id);
    }
    for (const level of TRIAGE_LEVELS) {
      worded(m.levelAdvice[level], level);
    }
    for (const g of CAUSE_GROUPS) {
      worded(m.group[g], g);
    }
    for (const id of Object.keys(DRUG_FACTS) as DrugFactId[]) {
      worded(m.drugFact(id), id);
    }
  });

  test('the notice says decision support, not a diagnosis', () => {
    expect(m.notice.toLowerCase()).toContain('not a diagnosis');
  });
});

describe('English tables hold no wording for rules that do not exist', () => {
  test('reasons are keyed by exactly the triage rule ids', () => {
    expect(sorted(Object.keys(REASON_TEXT))).toEqual(sorted(TRIAGE_RULES));
  });

  test('order messages are keyed by exactly the order rule ids', () => {
    expect(sorted(Object.keys(ORDER_MESSAGES))).toEqual(sorted(ORDER_RULES.map((r) => r.id)));
  });

  test('condition names are keyed by exactly the condition ids', () => {
    expect(sorted(Object.keys(en.condition))).toEqual(sorted(CONDITION_IDS));
  });
});
