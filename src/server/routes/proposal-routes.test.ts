import { describe, expect, it } from 'vitest';
import { auditTotal, call, draft, moves, ok, setUpProposalApp, step } from './proposal-routes.fixtures.js';

// Creating and editing proposals, and the workflow's refusals; the journey is in
// `proposal-journey-routes.test.ts`.
setUpProposalApp();

describe('proposals: refusals', () => {
  it('401 without a session', async () => {
    expect((await call('GET', '/proposals')).statusCode).toBe(401);
    expect((await call('POST', `/proposals/1/submit`, undefined, { version: 1 })).statusCode).toBe(401);
    expect((await call('GET', '/board-sessions')).statusCode).toBe(401);
  });

  it('403 for roles outside the process: an employee may not list, an OPD head or the board may not draft', async () => {
    expect((await call('GET', '/proposals', 'pegawai')).json().error.code).toBe('FORBIDDEN');
    for (const who of ['kadis.kesehatan', 'tpk', 'walikota']) {
      const res = await call('POST', '/proposals', who, {
        title: 'x yz',
        round: 'r',
        tmt: '2026-12-14',
        items: [
          { nip: moves[0]!.nip, toPositionId: moves[0]!.toPositionId, reason: 'abc', legalGround: 'abc' },
        ],
      });
      expect(res.statusCode, who).toBe(403);
    }
  });

  it('400 naming the field: a bad NIP, a bad date, an unknown post', async () => {
    const bad = await call('POST', '/proposals', 'operator', {
      title: 'Mutasi',
      round: 'r',
      tmt: '2026-02-30',
      items: [{ nip: '123', toPositionId: 1, reason: 'abc', legalGround: 'abc' }],
    });
    expect(bad.statusCode).toBe(400);
    const fields = bad.json().error.issues.map((i: { field: string }) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['tmt', 'items.0.nip']));
    const post = await call('POST', '/proposals', 'operator', {
      title: 'Mutasi',
      round: 'r',
      tmt: '2026-12-14',
      items: [{ nip: moves[0]!.nip, toPositionId: 999999, reason: 'abc', legalGround: 'abc' }],
    });
    expect(post.statusCode).toBe(400);
    expect(post.json().error).toMatchObject({ field: 'items.0.toPositionId', rule: 'POSITION_EXISTS' });
  });

  it('404 for an unknown proposal, board session or SK', async () => {
    expect((await call('GET', '/proposals/999999', 'operator')).statusCode).toBe(404);
    expect((await call('GET', '/board-sessions/999999', 'tpk')).statusCode).toBe(404);
    expect((await call('GET', '/proposals/999999/sk.pdf', 'operator')).statusCode).toBe(404);
  });

  it('refuses the wrong role, the own proposal, a missing reason and a stale version, writing nothing', async () => {
    const own = await draft([moves[5]!], 'kepala.bkpsdm');
    await step(own.id, 'submit', 'kepala.bkpsdm');
    const before = await auditTotal();
    const submitted = await ok('GET', `/proposals/${own.id}`, 'kepala.bkpsdm');
    expect(submitted.transitions).not.toContain('verify');

    const byOperator = await call('POST', `/proposals/${own.id}/verify`, 'operator', {
      version: submitted.version,
    });
    expect(byOperator.statusCode).toBe(403);
    expect(byOperator.json().error.code).toBe('WORKFLOW_WRONG_ROLE');
    const byAuthor = await call('POST', `/proposals/${own.id}/verify`, 'kepala.bkpsdm', {
      version: submitted.version,
    });
    expect(byAuthor.statusCode).toBe(403);
    expect(byAuthor.json().error.code).toBe('WORKFLOW_OWN_PROPOSAL');
    const noReason = await call('POST', `/proposals/${own.id}/withdraw`, 'kepala.bkpsdm', {
      version: submitted.version,
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error).toMatchObject({ code: 'WORKFLOW_REASON_REQUIRED', field: 'reason' });
    const stale = await call('POST', `/proposals/${own.id}/withdraw`, 'kepala.bkpsdm', {
      version: submitted.version - 1,
      reason: 'Usulan dibatalkan',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');

    expect(await auditTotal()).toBe(before);
    const after = await ok('GET', `/proposals/${own.id}`, 'kepala.bkpsdm');
    expect(after).toMatchObject({ state: 'SUBMITTED', version: submitted.version });
    const withdrawn = await step(own.id, 'withdraw', 'kepala.bkpsdm', { reason: 'Diganti usulan lain' });
    expect(withdrawn.state).toBe('WITHDRAWN');
    expect(withdrawn.history.at(-1)).toMatchObject({ toState: 'WITHDRAWN', reason: 'Diganti usulan lain' });
  });

  it('refuses a person already in an open proposal (409 naming the item)', async () => {
    const first = await draft([moves[4]!]);
    const again = await call('POST', '/proposals', 'operator', {
      title: 'Mutasi',
      round: 'r',
      tmt: '2026-12-14',
      items: [
        { nip: moves[4]!.nip, toPositionId: moves[3]!.toPositionId, reason: 'abc', legalGround: 'abc' },
      ],
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ field: 'items.0.nip', rule: 'ONE_OPEN_PROPOSAL_PER_PERSON' });
    await step(first.id, 'withdraw', 'operator', { reason: 'Hanya untuk uji' });
  });

  it('edits moves only in DRAFT or RETURNED, with the version, and the PPK returns with a reason', async () => {
    let p = await draft([moves[4]!]);
    const staleAdd = await call('POST', `/proposals/${p.id}/items`, 'operator', {
      version: p.version + 1,
      items: [
        { nip: moves[5]!.nip, toPositionId: moves[5]!.toPositionId, reason: 'abc', legalGround: 'abc' },
      ],
    });
    expect(staleAdd.statusCode).toBe(409);
    p = await ok('POST', `/proposals/${p.id}/items`, 'operator', {
      version: p.version,
      items: [
        { nip: moves[5]!.nip, toPositionId: moves[5]!.toPositionId, reason: 'abc', legalGround: 'abc' },
      ],
    });
    expect(p.items.map((i: { nip: string }) => i.nip)).toEqual([moves[4]!.nip, moves[5]!.nip]);
    expect(
      (await call('POST', `/proposals/${p.id}/items/${p.items[0].id}/remove`, 'tpk', { version: p.version }))
        .statusCode,
    ).toBe(403);
    p = await ok('POST', `/proposals/${p.id}/items/${p.items[0].id}/remove`, 'operator', {
      version: p.version,
    });
    expect(p.items).toHaveLength(1);
    p = await step(p.id, 'submit', 'operator');
    const locked = await call('POST', `/proposals/${p.id}/items/${p.items[0].id}/remove`, 'operator', {
      version: p.version,
    });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.code).toBe('WORKFLOW_WRONG_STATE');
    // Only the desk holding it returns it: the head of BKPSDM for a submitted proposal.
    expect(
      (
        await call('POST', `/proposals/${p.id}/return`, 'walikota', {
          version: p.version,
          reason: 'Lengkapi berkas',
        })
      ).json().error.code,
    ).toBe('WORKFLOW_WRONG_ROLE');
    p = await step(p.id, 'return', 'kepala.bkpsdm', { reason: 'Lengkapi berkas pendukung' });
    expect(p.state).toBe('RETURNED');
    expect(p.actions).toContain('proposal.write');
    p = await step(p.id, 'withdraw', 'operator', { reason: 'Diganti usulan berikutnya' });
    expect(p.history.map((h: { toState: string }) => h.toState)).toEqual([
      'DRAFT',
      'SUBMITTED',
      'RETURNED',
      'WITHDRAWN',
    ]);
  });
});
