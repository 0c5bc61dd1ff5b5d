#!/usr/bin/env node
// Entry point for `npx tonus`: registers the TypeScript loader so the CLI runs from source without a build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/main/cli.ts');
