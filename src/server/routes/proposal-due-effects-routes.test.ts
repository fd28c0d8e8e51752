import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../../core/model/local-date.js';
import { takeDueEffects } from '../../services/process/take-due-effects.js';
import {
  call,
  draft,
  instansiId,
  moves,
  ok,
  setClock,
  setUpProposalApp,
  signInAll,
  step,
  t,
  toApproved,
} from './proposal-routes.fixtures.js';

// Moves taking effect by date, as `penata` does it for every announced proposal (takeDueEffects).
setUpProposalApp();

describe('proposals: the moves that are due', () => {
  it('takes due moves for a date (the CLI path): refused while the window is open, applied after', async () => {
    // The day the journey suite leaves the clock at (announced on it, the window runs past the 15th).
    setClock(new Date('2026-12-15T03:00:00Z'));
    await signInAll();
    const p = await draft([moves[2]!, moves[3]!], 'operator', '2026-12-30');
    await toApproved(p.id, 'TPK/UJI/CLI');
    await step(p.id, 'issue-sk', 'operator');
    await step(p.id, 'sign-sk', 'walikota');
    await step(p.id, 'announce', 'operator');
    const principal = { userId: 0, instansiId, role: 'BKPSDM_HEAD' } as const;
    const open = await takeDueEffects(t.ctx, principal, '2026-12-15' as LocalDate);
    expect(open).toEqual([
      expect.objectContaining({
        number: p.number,
        outcome: 'REFUSED',
        code: 'WORKFLOW_OBJECTION_WINDOW_OPEN',
      }),
    ]);
    await expect(takeDueEffects(t.ctx, principal, '2027-01-05' as LocalDate)).resolves.toEqual([
      expect.objectContaining({ outcome: 'REFUSED', code: 'VALIDATION_FAILED' }),
    ]);
    // An open objection keeps the moves from taking effect, whatever the date.
    const pending = await ok('POST', `/proposals/${p.id}/objections`, 'operator', {
      nip: moves[3]!.nip,
      text: 'Mohon ditinjau kembali',
    });
    setClock(new Date('2027-01-05T03:00:00Z'));
    await signInAll();
    expect(await takeDueEffects(t.ctx, principal, '2027-01-02' as LocalDate)).toEqual([
      expect.objectContaining({ outcome: 'REFUSED', code: 'WORKFLOW_OBJECTIONS_PENDING' }),
    ]);
    await ok('POST', `/proposals/${p.id}/objections/${pending.objections[0].id}/decision`, 'kepala.bkpsdm', {
      version: pending.objections[0].version,
      decision: 'DISMISSED',
      reason: 'Kebutuhan organisasi',
    });
    await signInAll();
    const closedWindow = await call('POST', `/proposals/${p.id}/objections`, 'operator', {
      nip: moves[2]!.nip,
      text: 'Keberatan terlambat',
    });
    expect(closedWindow.statusCode).toBe(409);
    expect(closedWindow.json().error.code).toBe('OBJECTION_WINDOW_CLOSED');
    const done = await takeDueEffects(t.ctx, principal, '2027-01-02' as LocalDate);
    expect(done).toEqual([{ number: p.number, outcome: 'EFFECTIVE' }]);
    const e = await t.ctx.db
      .selectFrom('employees')
      .select('current_position_id')
      .where('nip', '=', moves[2]!.nip)
      .executeTakeFirstOrThrow();
    expect(e.current_position_id).toBe(moves[2]!.toPositionId);
    const history = await t.ctx.db
      .selectFrom('proposal_transitions')
      .select(['to_state', 'actor_user_id'])
      .where('proposal_id', '=', p.id)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(history).toEqual({ to_state: 'EFFECTIVE', actor_user_id: null });
  }, 60_000);
});
