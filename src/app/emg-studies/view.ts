/**
 * @module An EMG study as the service returns it: the stored study with its analysis as the
 * `emg-analysis/1` view (null until the job is done), so the OpenAPI document describes the result
 * from the same schema the CLI's `--json` follows.
 */
import type { z } from 'zod';
import { EmgStudy } from '../../domain/records/index.js';
import { EmgAnalysisView } from '../emg/index.js';

export const EmgStudyView = EmgStudy.extend({ analysis: EmgAnalysisView.nullable() });
export type EmgStudyView = z.infer<typeof EmgStudyView>;
