import { describe, expect, it } from 'vitest';
import { cliDatabase, seedDemoBeforeAll } from '../../../test/support/cli-harness.js';
import { CLI_TEST_TIMEOUT } from '../../../test/support/cli-timeout.js';

const { penata } = cliDatabase('penata-proposal-cli-');

seedDemoBeforeAll(penata, 200, 7, 120_000);

describe('penata proposal', { timeout: CLI_TEST_TIMEOUT }, () => {
  it('refuses an unknown state or a malformed date with exit 2', () => {
    expect(penata('proposal', 'list', '--state', 'DONE').code).toBe(2);
    expect(penata('proposal', 'take-effect', '--date', '2026-13-01').code).toBe(2);
  });

  it('lists the demo history, filtered by state, as text and JSON', () => {
    const all = penata('proposal', 'list', '--json');
    expect(all.code, all.err).toBe(0);
    const rows = JSON.parse(all.out).proposals as { number: string; state: string; round: string }[];
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ round: '2025-II', state: 'CLOSED' }),
        expect.objectContaining({ round: '2026-II', state: 'VERIFIED' }),
      ]),
    );
    const closed = penata('proposal', 'list', '--state', 'closed');
    expect(closed.out).toMatch(/USL-2025-001\s+CLOSED/);
    expect(closed.out).not.toMatch(/VERIFIED/);
  });

  it('lists what keeps an SK from being issued: the proposal still waiting for the board', () => {
    const list = JSON.parse(penata('proposal', 'list', '--state', 'VERIFIED', '--json').out).proposals;
    const waiting = list.find((p: { round: string }) => p.round === '2026-II');
    const r = penata('proposal', 'decree-check', waiting.number, '--date', '2026-12-08', '--json');
    expect(r.code, r.err).toBe(0);
    const check = JSON.parse(r.out);
    expect(check).toMatchObject({ number: waiting.number, date: '2026-12-08', allowed: false });
    // The demo's signatories are set; the board has not met on it yet.
    expect(check.findings.map((f: { code: string }) => f.code)).toEqual([
      'DECREE_BOARD_INCOMPLETE',
      'DECREE_MINUTES_MISSING',
      'DECREE_NO_AGREED_MOVES',
    ]);
    expect(penata('proposal', 'decree-check', 'USL-1999-999').code).toBe(2);
  });

  it('reports when no announced proposal is due', () => {
    const none = penata('proposal', 'take-effect', '--date', '2025-01-01');
    expect(none.code, none.err).toBe(0);
    expect(none.out).toMatch(/No announced proposals/);
  });
});
