/** @module The command-line adapter. */
export { runCli } from './program.js';
export { EXIT, type CliIo } from './io.js';
