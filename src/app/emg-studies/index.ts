/** @module EMG studies: streamed upload, analysis as a job that survives a restart, progress. */
export type {
  EmgAnalyzer,
  EmgDeps,
  FileStore,
  RecordingFiles,
  StagedFile,
  StoredFile,
} from './ports.js';
export {
  getStudy,
  getStudyProgress,
  listStudies,
  uploadStudy,
  type StudyProgress,
  type UploadRequest,
} from './studies.js';
export { LEASE_MS, MAX_ATTEMPTS, runNextJob, startJobRunner, type JobRunner } from './runner.js';
export { EmgStudyView } from './view.js';
export { EmgTraceQuery, EmgTraceView, readStudyTrace } from './trace.js';
