/**
 * @module An EMG study as the service returns it: the stored study with its analysis as the
 * `emg-analysis/1` view (null until the job is done), so the OpenAPI document describes the result
 * from the same schema the CLI's `--json` follows. The stored analysis is checked against that schema
 * on every read: a damaged row is shown as a failed study that says so, never a crash or a wrong view.
 */
import type { z } from 'zod';
import { EmgStudy } from '../../domain/records/index.js';
import { EmgAnalysisView } from '../emg/index.js';

export const EmgStudyView = EmgStudy.extend({ analysis: EmgAnalysisView.nullable() });
export type EmgStudyView = z.infer<typeof EmgStudyView>;

export function toStudyView(study: EmgStudy): EmgStudyView {
  if (study.analysis === null || study.analysis === undefined) {
    return { ...study, analysis: null };
  }
  const view = EmgAnalysisView.safeParse(study.analysis);
  if (view.success) {
    return { ...study, analysis: view.data };
  }
  const first = view.error.issues[0];
  const where = first === undefined || first.path.length === 0 ? '' : ` at ${first.path.join('.')}`;
  return {
    ...study,
    state: 'failed',
    analysis: null,
    error: `the stored analysis is damaged (not an emg-analysis/1 view${where}); upload the file again to analyse it anew`,
  };
}
