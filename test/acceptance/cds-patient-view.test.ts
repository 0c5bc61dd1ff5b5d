import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { callCdsService } from '../../src/app/fhir/index.js';
import { runCase } from '../../src/app/index.js';
import { parseCase } from '../../src/domain/cases/index.js';
import { CdsResponse, TONUS_CDS_EXTENSION } from '../../src/domain/fhir/index.js';
import { cdsDeps, chartOf, patientViewCall, prefetchOf } from '../fixtures/cds.js';

const files = ['cases/public', 'cases/dev'].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => `${dir}/${f}`),
);

describe('patient-view on every validation case, the case sent as FHIR prefetch', () => {
  test.each(files)(
    '%s: the card has the triage level and leading group of tonus case',
    async (file) => {
      const json = JSON.parse(readFileSync(file, 'utf8')) as unknown;
      const parsed = parseCase(json);
      const run = runCase(json, { asOf: '2026-11-25' });
      if (!parsed.ok || !run.ok) {
        throw new Error(file);
      }
      const call = patientViewCall(prefetchOf(chartOf(parsed.value.parsed.assessment)));
      // what the client sends is JSON: no undefined, no shared objects
      const res = await callCdsService(
        'tonus-patient-view',
        JSON.parse(JSON.stringify(call)),
        cdsDeps(),
      );
      expect(res.ok).toBe(true);
      if (!res.ok) {
        return;
      }
      expect(CdsResponse.safeParse(res.value).success).toBe(true);
      expect(res.value.cards).toHaveLength(1);
      const card = res.value.cards[0]!;
      const said = card.extension?.[`${TONUS_CDS_EXTENSION}.assessment`] as {
        triageLevel: string;
        leadingGroup: string | null;
      };
      expect(said.triageLevel).toBe(run.value.result.triage.level);
      expect(said.leadingGroup).toBe(run.value.result.groups[0]?.group ?? null);
      expect(card.summary.length).toBeLessThan(140);
    },
  );
});
