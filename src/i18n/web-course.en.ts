/**
 * @module English wording of a patient's course on the clinician's patient page: the pain trend from the
 * diary, the outcome measures over time with the clinically important changes the server flagged (in words,
 * not colour alone), and the FHIR R4 export. The flags are the server's; these words only say them.
 */
import { plural } from './plural.js';
import type { TrendChartMessages } from './web-messages.js';
import { WEB_EN } from './web.en.js';
import { WEB_TIMELINE_EN } from './web-timeline.en.js';

export interface WebCourseMessages {
  readonly title: string;
  readonly loading: string;
  /** Why the course could not be read, by HTTP status (`null` for the network). */
  readonly failed: (status: number | null) => string;
  readonly empty: string;
  /** "Decision support, not a diagnosis", shown whenever a result is. */
  readonly notice: string;
  readonly pain: {
    readonly title: string;
    readonly noDiary: string;
    /**
     * Mean pain of the first week of diary and of the last, with the server's flag and direction; `latest`
     * is `null` while there is no more than a week of diary to compare.
     */
    readonly summary: (
      baseline: number,
      latest: number | null,
      importantChange: boolean,
      direction: 'better' | 'worse' | 'unchanged' | null,
    ) => string;
  };
  readonly chart: TrendChartMessages;
  readonly outcomes: {
    readonly title: string;
    readonly none: string;
    readonly when: string;
    readonly score: string;
    readonly change: string;
    /** The server flagged a clinically important change from the first score. */
    readonly important: string;
    readonly notImportant: string;
    /** The server gives no flag: the reference has no change rule for this scale. */
    readonly noRule: string;
  };
  readonly exportFhir: string;
  readonly exporting: string;
  /** Why the export could not be downloaded, by HTTP status (`null` for the network). */
  readonly exportFailed: (status: number | null) => string;
}

const DIRECTION: Readonly<Record<'better' | 'worse' | 'unchanged', string>> = {
  better: 'better',
  worse: 'worse',
  unchanged: 'unchanged',
};

export const WEB_COURSE_EN: WebCourseMessages = {
  title: 'Course',
  loading: 'Loading the pain trend and outcome measures…',
  failed: (status) =>
    status === 401 || status === 404
      ? WEB_TIMELINE_EN.loadFailed(status)
      : 'The pain trend and outcome measures could not be loaded. Try again.',
  empty: 'No diary entries or outcome measures yet.',
  notice: WEB_EN.notice,
  pain: {
    title: 'Pain trend',
    noDiary: 'No diary entries yet.',
    summary: (baseline, latest, important, direction) => {
      const first = `Mean pain in the first week of diary: ${String(baseline)} of 10`;
      if (latest === null) {
        return `${first}. A change is judged once the diary covers more than a week.`;
      }
      const change = important
        ? `a clinically important change${direction === null ? '' : `, ${DIRECTION[direction]}`}`
        : 'no clinically important change';
      return `${first}; in the last week: ${String(latest)} of 10: ${change}.`;
    },
  },
  chart: {
    chartSummary: (days) =>
      `Chart of the patient’s spasms per day, worst severity and mean pain over ${plural('en', days, { one: '# day', other: '# days' })}`,
    changeRule:
      'An important change (marked ◆) is 2 points or 30 % of mean pain from the patient’s first week of diary.',
    table: 'The same figures as a table',
    date: 'Day',
    episodes: 'Spasms',
    worstSeverity: 'Worst severity (of 3)',
    meanPain: 'Mean pain (of 10)',
    countAxis: 'Spasms and worst severity (of 3)',
    onAxis: (series, side) => `${series} (${side} axis)`,
    change: 'Change from the first week',
    importantChange: 'Clinically important change',
    noChange: 'No important change',
  },
  outcomes: {
    title: 'Outcome measures',
    none: 'No outcome measures yet.',
    when: 'When',
    score: 'Score',
    change: 'Change from the first score',
    important: 'Clinically important change',
    notImportant: 'No clinically important change',
    noRule: 'Not judged: no change rule for this scale',
  },
  exportFhir: 'Export FHIR R4 (JSON)',
  exporting: 'Preparing the FHIR export…',
  exportFailed: (status) => {
    if (status === 401) {
      return 'Your session has ended: sign in again to export this record.';
    }
    if (status === null) {
      return 'The export could not be downloaded: the network is unavailable. Try again.';
    }
    return 'The FHIR export could not be made. Try again.';
  },
};
