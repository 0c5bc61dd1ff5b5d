/** @module Vitest global set-up: the web app built (when stale) once, before the e2e tests start servers that serve it. */
import { ensureWebBuilt } from '../../web/scripts/ensure-built.js';

export default async function setup(): Promise<void> {
  await ensureWebBuilt();
}
