/** @module The triage rules as catalog entries: level, group, version and the features each reads. */
import { featuresOf } from '../evidence/index.js';
import type { CatalogFact } from '../kb/index.js';
import { BASELINE_RULES } from './baseline.js';
import { CAUSE_FLOORS } from './cause-floors.js';
import { RED_FLAG_RULES } from './rules.js';

export function triageCatalog(): CatalogFact[] {
  return [
    ...RED_FLAG_RULES.map((rule): CatalogFact => ({
      id: `triage.${rule.id}`,
      kind: 'red_flag_rule',
      sourceIds: rule.sourceIds,
      status: rule.status,
      detail: {
        level: rule.level,
        group: rule.group,
        version: rule.version,
        reads: [...new Set(featuresOf(rule.when))].join(' '),
      },
    })),
    ...CAUSE_FLOORS.map((rule): CatalogFact => ({
      id: `triage.${rule.id}`,
      kind: 'red_flag_rule',
      sourceIds: rule.sourceIds,
      status: rule.status,
      detail: {
        level: rule.level,
        group: 'cause',
        version: rule.version,
        leading: rule.condition,
        minProbability: rule.minProbability,
      },
    })),
    ...BASELINE_RULES.map((rule): CatalogFact => ({
      id: `triage.${rule.id}`,
      kind: 'red_flag_rule',
      sourceIds: rule.sourceIds,
      status: rule.status,
      detail: { level: rule.level, group: 'baseline', version: rule.version },
    })),
  ];
}
