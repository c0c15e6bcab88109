#!/usr/bin/env node
// Entry point of `npx parcours`: registers tsx so the CLI runs from the TypeScript sources without a build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
