#!/usr/bin/env node
// The README's test command: static checks, then every Vitest suite (unit, store on both dialects,
// server, then the browser journeys), then one plain closing line "N passed, N failed, N skipped"
// that CI reads. Exits non-zero when anything failed or nothing passed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const bin = (name) => `node_modules/.bin/${name}`;
const results = 'test-results';
mkdirSync(results, { recursive: true });

const steps = [
  { name: 'lint (biome)', cmd: bin('biome'), args: ['check', '.'] },
  { name: 'types (tsc)', cmd: bin('tsc'), args: ['--noEmit', '-p', 'tsconfig.json'] },
  {
    name: 'import rules (dependency-cruiser)',
    cmd: bin('depcruise'),
    args: ['src', 'web', '--config', '.dependency-cruiser.cjs'],
  },
  {
    name: 'tests (vitest)',
    cmd: bin('vitest'),
    args: ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${results}/unit.json`],
    report: `${results}/unit.json`,
  },
  {
    name: 'browser journeys (vitest + chromium)',
    cmd: bin('vitest'),
    args: [
      'run',
      '--config',
      'test/e2e/vitest.e2e.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${results}/e2e.json`,
    ],
    report: `${results}/e2e.json`,
    optional: !existsSync('test/e2e/vitest.e2e.config.ts'),
  },
];

let passed = 0;
let failed = 0;
let skipped = 0;
const failedSteps = [];
for (const step of steps) {
  if (step.optional) continue;
  if (step.report) rmSync(step.report, { force: true });
  console.log(`\n== ${step.name}`);
  const started = Date.now();
  const r = spawnSync(step.cmd, step.args, { stdio: 'inherit', env: process.env });
  console.log(
    `== ${step.name}: ${r.status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  if (step.report && existsSync(step.report)) {
    const json = JSON.parse(readFileSync(step.report, 'utf8'));
    passed += json.numPassedTests ?? 0;
    failed += json.numFailedTests ?? 0;
    skipped += (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
    // A suite that failed to load has no tests but must still count as a failure.
    if (r.status !== 0 && (json.numFailedTests ?? 0) === 0) failed += 1;
  } else if (r.status !== 0) {
    failed += 1;
  }
  if (r.status !== 0) failedSteps.push(step.name);
}

if (failedSteps.length > 0) console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 || failedSteps.length > 0 ? 1 : 0);
