import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliDatabase, seedDemoBeforeAll } from '../../../test/support/cli-harness.js';
import { CLI_TEST_TIMEOUT } from '../../../test/support/cli-timeout.js';

const { dir, penata } = cliDatabase('penata-cli-export-');

seedDemoBeforeAll(penata, 120, 3, 240_000);

describe('penata export --kind plan', { timeout: CLI_TEST_TIMEOUT }, () => {
  it('refuses a missing or unknown plan without leaving a file, then exports a run plan as CSV', () => {
    const csv = join(dir, 'rencana.csv');
    const missing = penata('export', '--kind', 'plan', '--out', csv);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/planId/);
    const unknown = penata('export', '--kind', 'plan', '--filter', 'planId=9999', '--out', csv);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/PLAN_EXISTS|9999/);
    expect(existsSync(csv)).toBe(false);

    const run = penata(
      'plan',
      'run',
      '--scenario',
      'Pengisian formasi kosong 2027',
      '--as-of',
      '2027-01-04',
      '--json',
    );
    expect(run.code, run.err).toBe(0);
    const plan = JSON.parse(run.out) as { id: number };
    const shown = JSON.parse(penata('plan', 'show', String(plan.id), '--json').out);
    const out = penata('export', '--kind', 'plan', '--filter', `planId=${plan.id}`, '--out', csv);
    expect(out.code, out.err).toBe(0);
    const lines = readFileSync(csv, 'utf8').trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^\uFEFFRANTAI;URUTAN;NIP;NAMA;/);
    expect(lines.length - 1).toBe(shown.moves.length);
    expect(lines.length - 1).toBeGreaterThan(0);
  }, 240_000);
});
