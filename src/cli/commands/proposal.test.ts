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

  it('reports when no announced proposal is due', () => {
    const none = penata('proposal', 'take-effect', '--date', '2025-01-01');
    expect(none.code, none.err).toBe(0);
    expect(none.out).toMatch(/No announced proposals/);
  });
});
