/**
 * @module Zod without its JIT, set before any schema exists: zod 4 probes `new Function('')` when it builds its
 * first object schema (to decide whether to compile fast parsers), and under the app's Content-Security-Policy
 * (no 'unsafe-eval') that probe is reported as a CSP violation on every page, though zod catches the throw.
 * `z.config({ jitless: true })` skips the probe and the compiled parsers (zod's `globalConfig.jitless`). It
 * must be the entry's first import: ES modules run in import order, and the schemas are built as their modules
 * load.
 */
import { z } from 'zod';

z.config({ jitless: true });
