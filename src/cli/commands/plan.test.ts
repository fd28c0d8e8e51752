import { describe, expect, it } from 'vitest';
import { cliDatabase, seedDemoBeforeAll } from '../../../test/support/cli-harness.js';
import { CLI_TEST_TIMEOUT } from '../../../test/support/cli-timeout.js';

const { penata } = cliDatabase('penata-cli-plan-');

seedDemoBeforeAll(penata, 120, 3, 240_000);

describe('penata plan and scenario', { timeout: CLI_TEST_TIMEOUT }, () => {
  it('lists the saved scenarios', () => {
    const list = penata('scenario', 'list', '--json');
    expect(list.code, list.err).toBe(0);
    expect(JSON.parse(list.out).scenarios).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Pengisian formasi kosong 2027', mode: 'VACANCIES', version: 1 }),
        expect.objectContaining({ name: 'Penataan menyeluruh 2027', mode: 'WHOLE_CITY', maxMoves: 150 }),
      ]),
    );
    expect(penata('scenario', 'list').out).toMatch(
      /Penataan menyeluruh 2027 \(v1, WHOLE_CITY, max 150 moves\)/,
    );
  }, 240_000);

  it('runs a scenario with progress on stderr and prints one JSON object; show prints the stored plan', () => {
    const run = penata(
      'plan',
      'run',
      '--scenario',
      'Penataan menyeluruh 2027',
      '--as-of',
      '2027-01-04',
      '--json',
    );
    expect(run.code, run.err).toBe(0);
    expect(run.err).toMatch(/plan solving: 100%/);
    const plan = JSON.parse(run.out);
    expect(plan).toMatchObject({
      scenario: 'Penataan menyeluruh 2027',
      planVersion: 1,
      asOf: '2027-01-04',
      state: 'SUCCEEDED',
      provenOptimal: true,
      certified: true,
    });
    expect(plan.moves).toBeGreaterThan(0);
    expect(plan.moves).toBeLessThanOrEqual(150);
    // "Proven optimal" only with the move limit accounted for; otherwise the gap to that optimum.
    expect(plan.optimality.status).not.toBe('NOT_PROVEN');
    expect(plan.provenOptimal).toBe(plan.optimality.status === 'PROVEN_OPTIMAL');
    // A plan never fills a JPT post; vacant ones get at most three eligible nominees, best fit first.
    for (const n of plan.nominations) {
      expect(n.nominees.length).toBeLessThanOrEqual(3);
      const fits = n.nominees.map((x: { fit: number }) => x.fit);
      expect(fits).toEqual([...fits].sort((a, b) => b - a));
    }

    const show = penata('plan', 'show', String(plan.id), '--json');
    expect(show.code, show.err).toBe(0);
    const shown = JSON.parse(show.out);
    expect(shown.moves).toHaveLength(plan.moves);
    expect(shown.fitAfter).toBe(plan.fitAfter);
    const text = penata('plan', 'show', String(plan.id), '--moves');
    expect(text.out).toMatch(/state: SUCCEEDED/);
    if (plan.optimality.status === 'BOUNDED')
      expect(text.out).toMatch(
        /^ {2}NOT proven optimal within the move limit: at most [\d.]+ fit points below the best plan with at most 150 moves/m,
      );
    else
      expect(text.out).toMatch(
        /^ {2}proven optimal( within the move limit)? \((certificate holds|the Lagrangian bound meets)/m,
      );
    if (plan.nominations.length > 0) expect(text.out).toMatch(/filled by open selection \(PP 11\/2017/);
    expect(text.out.match(/\[chain \d+\.\d+\]/g)).toHaveLength(plan.moves);

    const again = penata('plan', 'run', '--scenario', 'Penataan menyeluruh 2027', '--as-of', '2027-01-04');
    expect(again.code, again.err).toBe(0);
    expect(again.out).toMatch(/plan v2\)/);
    expect(again.out).toMatch(new RegExp(`moves: ${plan.moves} `));
  }, 480_000);

  it('fails with exit 1 on an unknown scenario or plan, and 2 on wrong usage', () => {
    const unknown = penata('plan', 'run', '--scenario', 'Tidak ada');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/NOT_FOUND: Scenario "Tidak ada" not found/);
    const missing = penata('plan', 'show', '999');
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/NOT_FOUND/);
    expect(penata('plan', 'show', 'abc').code).toBe(2);
    expect(penata('plan', 'run').code).toBe(2);
    expect(penata('plan', 'run', '--scenario', 'x', '--as-of', '2027-02-30').code).toBe(2);
  }, 480_000);
});
