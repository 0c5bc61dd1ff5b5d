/** @module The triage rules as catalog entries: level, group, version and what each reads. */
import { featuresOf } from '../evidence/index.js';
import type { CatalogFact, Detail, Provenance } from '../kb/index.js';
import type { TriageLevel } from '../shared/index.js';
import { BASELINE_RULES } from './baseline.js';
import { CAUSE_FLOORS } from './cause-floors.js';
import { RED_FLAG_RULES } from './rules.js';

interface AnyRule extends Provenance {
  readonly id: string;
  readonly version: number;
  readonly level: TriageLevel;
}

function entry(rule: AnyRule, group: string, more: Detail = {}): CatalogFact {
  return {
    id: `triage.${rule.id}`,
    kind: 'red_flag_rule',
    sourceIds: rule.sourceIds,
    status: rule.status,
    detail: { level: rule.level, group, version: rule.version, ...more },
  };
}

export function triageCatalog(): CatalogFact[] {
  return [
    ...RED_FLAG_RULES.map((r) =>
      entry(r, r.group, { reads: [...new Set(featuresOf(r.when))].join(' ') }),
    ),
    ...CAUSE_FLOORS.map((r) =>
      entry(r, 'cause', { leading: r.condition, minProbability: r.minProbability }),
    ),
    ...BASELINE_RULES.map((r) => entry(r, 'baseline')),
  ];
}
