import { describe, expect, it } from 'vitest';
import { cliDatabase } from '../../test/support/cli-harness.js';
import { CLI_TEST_TIMEOUT } from '../../test/support/cli-timeout.js';

const { penata } = cliDatabase('penata-cli-');

describe('penata CLI', { timeout: CLI_TEST_TIMEOUT }, () => {
  it('explains itself and exits 2 on wrong usage', () => {
    const help = penata('db', '--help');
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/migrate/);
    expect(help.out).toMatch(/seed/);
    expect(help.out).toMatch(/reset/);
    expect(penata('db', 'frobnicate').code).toBe(2);
    expect(penata('db', 'seed', '--demo', '--employees', 'banyak').code).toBe(2);
    expect(penata('db', 'reset').code).toBe(2);
  });

  it('migrates, seeds the demo once, refuses a second seed, verifies the audit chain, and resets', () => {
    const migrate = penata('db', 'migrate');
    expect(migrate.code).toBe(0);
    expect(migrate.out).toMatch(/Applied/);
    expect(penata('db', 'migrate').out).toMatch(/up to date/);
    const seed = penata('db', 'seed', '--demo', '--employees', '120', '--seed', '3');
    expect(seed.code, seed.err).toBe(0);
    expect(seed.out).toMatch(/Seeded Pemerintah Kota Sibolga: \d+ units, \d+ positions, 120 employees/);
    const again = penata('db', 'seed', '--demo', '--employees', '120');
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/CONFLICT/);
    const verify = penata('audit', 'verify', '--json');
    expect(verify.code).toBe(0);
    expect(JSON.parse(verify.out)).toMatchObject({ ok: true });
    expect(penata('db', 'reset', '--yes').code).toBe(0);
  });
});
