import { expect, it } from 'vitest';
import { describeEachDialect, type TestDatabase } from '../../../test/support/databases.js';
import { seedDataset } from '../../../test/support/seed.js';
import type { LocalDate } from '../../core/model/local-date.js';
import type { Principal } from '../../core/policies/roles.js';
import { appendAudit } from '../../store/repositories/audit.js';
import {
  insertProposal,
  insertTransition,
  listTransitions,
} from '../../store/repositories/process-proposals.js';
import type { AppContext } from '../app-context.js';
import { listAudit } from './list-audit.js';

const NOW = new Date('2026-11-28T03:00:00Z');
const contextOf = (t: TestDatabase): AppContext => ({
  db: t.db,
  dialect: t.dialect,
  now: () => NOW,
  version: 'test',
  close: async () => {},
});

describeEachDialect('who acted, by name and role (audit log and proposal history)', (t) => {
  it('names the acting user with their role, and the system as nobody', async () => {
    const ctx = contextOf(t());
    const { instansiId } = await seedDataset(ctx.db);
    const users = await ctx.db
      .selectFrom('users')
      .select(['id', 'display_name', 'role'])
      .where('instansi_id', '=', instansiId)
      .orderBy('id')
      .execute();
    const [operator, head] = users;
    await ctx.db.transaction().execute(async (trx) => {
      for (const [i, actor] of [operator!, head!, null].entries()) {
        await appendAudit(trx, {
          instansiId,
          actorUserId: actor?.id ?? null,
          actorIp: null,
          action: 'employee.update',
          entityType: 'employee',
          entityId: i + 1,
          occurredAt: NOW,
        });
      }
    });
    const auditor: Principal = { userId: 0, instansiId, role: 'AUDITOR' };
    const page = await listAudit(ctx, auditor, { page: 1, pageSize: 10, action: 'employee.update' });
    expect(page.items.map((e) => [e.entityId, e.actorName, e.actorRole])).toEqual([
      ['3', null, null],
      ['2', head!.display_name, head!.role],
      ['1', operator!.display_name, operator!.role],
    ]);

    const proposal = await ctx.db.transaction().execute(async (trx) => {
      const p = await insertProposal(trx, {
        instansiId,
        number: 'USL-2026-900',
        title: 'Riwayat dengan nama',
        round: '2027-I',
        tmt: '2027-01-04' as LocalDate,
        planId: null,
        planSummary: null,
        createdByUserId: operator!.id,
      });
      const base = { instansiId, proposalId: p.id, reason: null, occurredAt: NOW.toISOString() };
      await insertTransition(trx, {
        ...base,
        transition: 'create',
        fromState: 'NONE',
        toState: 'DRAFT',
        actorUserId: operator!.id,
        actorRole: 'BKPSDM_OPERATOR',
      });
      await insertTransition(trx, {
        ...base,
        transition: 'cancel',
        fromState: 'DRAFT',
        toState: 'CANCELLED',
        actorUserId: null,
        actorRole: 'SYSTEM',
      });
      return p;
    });
    const history = await listTransitions(ctx.db, proposal.id);
    expect(history.map((h) => [h.toState, h.actorName, h.actorRole])).toEqual([
      ['DRAFT', operator!.display_name, 'BKPSDM_OPERATOR'],
      ['CANCELLED', null, 'SYSTEM'],
    ]);
  });
});
