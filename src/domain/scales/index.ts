/** @module Clinical scales with their exact scoring (PRODUCT C3). */
export * from './psfs.js';
export * from './mas.js';
export * from './mrc.js';
export * from './ninds.js';
export * from './nrs.js';
export * from './odi.js';
export * from './rmdq.js';
export * from './start-back.js';
export { SCALE_FACTS } from './facts.js';
export { scaleCatalog } from './facts.js';
