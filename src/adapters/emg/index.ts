/** @module EMG on this machine: recordings as files, the SVG plot, and analyses run in a worker thread. */
import type { EmgHost } from '../../app/emg/index.js';
import { canWrite, createFileSink, openFileBytes } from './files.js';
import { PLOT_COLUMNS, plotSvg } from './svg.js';

export { canWrite, createFileSink, openFileBytes } from './files.js';
export { PLOT_COLUMNS, plotSvg } from './svg.js';
export {
  analyzeFileInWorker,
  type WorkerJob,
  type WorkerMessage,
  type WorkerResult,
} from './worker-client.js';

/** The real files and plot renderer, for a composition root. */
export const emgHost: EmgHost = {
  openBytes: openFileBytes,
  createSink: createFileSink,
  canWrite,
  renderPlot: plotSvg,
  plotColumns: PLOT_COLUMNS,
};
