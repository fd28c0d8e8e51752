import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TestApp } from '../../../test/support/test-app.js';
import { createTestAppOn, describeAppEachDialect } from '../../../test/support/test-app-dialects.js';
import type { PendingWorkItemDto } from '../../contract/dashboard.js';
import type { LocalDate } from '../../core/model/local-date.js';
import { findEligibleMoves } from '../../services/process/find-eligible-moves.js';

type Proposal = { id: number; state: string; itemCount: number; version: number };

describeAppEachDialect('GET /api/dashboard: what waits for me', (dialect) => {
  let t: TestApp;
  const cookies: Record<string, string> = {};
  const users: Record<string, number> = {};
  const call = (method: 'GET' | 'POST', url: string, who?: string, payload?: object) =>
    t.app.inject({
      method,
      url: `/api${url}`,
      headers: who ? { cookie: cookies[who]! } : {},
      ...(payload ? { payload } : {}),
    });
  const ok = async (method: 'GET' | 'POST', url: string, who: string, payload?: object) => {
    const res = await call(method, url, who, payload);
    expect(res.statusCode, `${method} ${url} as ${who}: ${res.body}`).toBeLessThan(300);
    return res.json();
  };
  const work = async (who: string): Promise<PendingWorkItemDto[]> =>
    (await ok('GET', '/dashboard', who)).pendingWork;
  const line = async (who: string, step: string) =>
    (await work(who)).find((i) => i.kind === 'proposal' && i.step === step);
  const inboxOf = async (who: string, query = ''): Promise<Proposal[]> =>
    (await ok('GET', `/proposals?inbox=true${query}`, who)).items;
  const ROLES = ['operator', 'kepala.bkpsdm', 'tpk', 'tpk2', 'walikota', 'auditor', 'kadis.kesehatan'];

  beforeAll(async () => {
    t = await createTestAppOn(dialect);
    for (const u of [...ROLES, 'pegawai']) {
      cookies[u] = await t.signIn(u);
      users[u] = (await ok('GET', '/auth/me', u)).id;
    }
  }, 120_000);
  afterAll(() => t?.close());

  it('401 without a session, 403 for an employee', async () => {
    expect((await call('GET', '/dashboard')).statusCode).toBe(401);
    expect((await call('GET', '/dashboard', 'pegawai')).statusCode).toBe(403);
  });

  it('lists for every role exactly its proposal inbox, one line per step, each linking to its part', async () => {
    for (const who of ROLES.filter((u) => u !== 'kadis.kesehatan')) {
      const lines = (await work(who)).filter((i) => i.kind === 'proposal');
      const inbox = await inboxOf(who);
      expect(
        lines.reduce((s, i) => s + i.count, 0),
        who,
      ).toBe(inbox.length);
      for (const item of lines) {
        const url = new URL(item.href, 'http://x');
        expect(url.pathname).toBe('/usulan');
        expect(url.searchParams.get('menunggu')).toBe('ya');
        const part = await inboxOf(who, `&state=${url.searchParams.get('status')}`);
        expect(part.length, `${who} ${item.kind}`).toBe(item.count);
        expect(part.reduce((s, p) => s + p.itemCount, 0)).toBe(item.moves);
      }
    }
  });

  it('on the demo, only the review board has proposal work: round 2026-II awaits its review', async () => {
    const verified = (await ok('GET', '/proposals?state=VERIFIED', 'auditor')).items as Proposal[];
    expect(verified.length).toBeGreaterThan(0);
    for (const who of ['tpk', 'tpk2'])
      expect(await line(who, 'review')).toMatchObject({
        count: verified.length,
        moves: verified.reduce((s, p) => s + p.itemCount, 0),
      });
    for (const who of ['operator', 'kepala.bkpsdm', 'walikota', 'auditor'])
      expect(
        (await work(who)).filter((i) => i.kind === 'proposal'),
        who,
      ).toEqual([]);
    expect((await call('GET', '/dashboard', 'kadis.kesehatan')).statusCode).toBe(200);
  });

  let draftId = 0;
  it('follows a draft from the operator’s desk to the head of BKPSDM’s, and never puts it on its author’s', async () => {
    const instansiId = (await ok('GET', '/auth/me', 'operator')).instansiId;
    const busy = (await t.ctx.db.selectFrom('proposal_items').select('employee_id').execute()).map(
      (r) => r.employee_id,
    );
    const moves = await findEligibleMoves(t.ctx, instansiId, '2026-11-28' as LocalDate, 2, busy, [
      '2026-12-14' as LocalDate,
    ]);
    expect(moves).toHaveLength(2);
    const before = {
      submit: await line('operator', 'submit'),
      verify: await line('kepala.bkpsdm', 'verify'),
    };
    expect(before).toEqual({ submit: undefined, verify: undefined });

    const draft = await ok('POST', '/proposals', 'operator', {
      title: 'Mutasi uji dasbor',
      round: '2026-UJI',
      tmt: '2026-12-14',
      items: moves.map((m) => ({
        nip: m.nip,
        toPositionId: m.toPositionId,
        reason: 'Kebutuhan organisasi',
        legalGround: 'PP 11/2017 Pasal 190',
      })),
    });
    draftId = draft.id;
    expect(await line('operator', 'submit')).toMatchObject({ count: 1, moves: 2 });
    expect(await line('kepala.bkpsdm', 'verify')).toBeUndefined();

    await ok('POST', `/proposals/${draftId}/submit`, 'operator', { version: draft.version });
    expect(await line('operator', 'submit')).toBeUndefined();
    expect(await line('kepala.bkpsdm', 'verify')).toMatchObject({
      count: 1,
      moves: 2,
      href: '/usulan?menunggu=ya&status=SUBMITTED',
    });
    // The operator could still withdraw it, which is no work waiting on her.
    expect((await inboxOf('operator')).map((p) => p.id)).not.toContain(draftId);
  });

  it('shows a board member the candidates they have not declared on, until they declare', async () => {
    const submitted = await ok('GET', `/proposals/${draftId}`, 'kepala.bkpsdm');
    await ok('POST', `/proposals/${draftId}/verify`, 'kepala.bkpsdm', { version: submitted.version });
    const reviewBefore = (await line('tpk', 'review'))!.count;
    expect((await work('tpk')).find((i) => i.kind === 'boardDeclaration')).toBeUndefined();

    const session = await ok('POST', '/board-sessions', 'tpk', {
      number: '800.1.3/99/TPK/2026',
      heldOn: '2026-11-28',
      place: 'Ruang Rapat Sekretariat Daerah',
      members: [
        { userId: users.tpk, role: 'KETUA' },
        { userId: users.tpk2, role: 'SEKRETARIS' },
      ],
      proposalIds: [draftId],
    });
    for (const who of ['tpk', 'tpk2'])
      expect((await work(who)).find((i) => i.kind === 'boardDeclaration')).toEqual({
        kind: 'boardDeclaration',
        count: 1,
        undeclared: 2,
        subject: '800.1.3/99/TPK/2026',
        href: `/sidang-tpk/${session.id}`,
      });
    // A member of the board who does not sit on this session has nothing to declare.
    expect(await line('tpk', 'review')).toMatchObject({ count: reviewBefore });

    await ok('POST', `/board-sessions/${session.id}/declarations`, 'tpk', { mode: 'AGENDA', conflicts: [] });
    expect((await work('tpk')).find((i) => i.kind === 'boardDeclaration')).toBeUndefined();
    expect((await work('tpk2')).find((i) => i.kind === 'boardDeclaration')).toMatchObject({ undeclared: 2 });
  });

  it('gives an OPD head each open period with the people of their units not yet rated, as the grid counts them', async () => {
    const me = await ok('GET', '/auth/me', 'kadis.kesehatan');
    const periods = (await ok('GET', '/evaluation-periods', 'operator')).items as {
      id: number;
      code: string;
      status: string;
      startDate: string;
    }[];
    let open = periods.find((p) => p.status === 'OPEN' && p.startDate <= me.today);
    if (!open) {
      // The demo closes what it evaluated; BKPSDM opens the current quarter.
      const created = await ok('POST', '/evaluation-periods', 'operator', {
        kind: 'TRIWULAN',
        year: 2026,
        sequence: 4,
      });
      open = { id: created.id, code: created.code, status: created.status, startDate: created.startDate };
    }
    const { units } = await ok('GET', '/units', 'kadis.kesehatan');
    const own = units.filter((u: { actions: string[] }) => u.actions.includes('evaluation.read'));
    const ownIds = new Set(own.map((u: { id: number }) => u.id));
    const roots = own.filter((u: { parentId: number | null }) => !ownIds.has(u.parentId ?? -1));
    let unrated = 0;
    for (const root of roots) {
      const roster = await ok(
        'GET',
        `/evaluation-periods/${open!.id}/roster?unitId=${root.id}`,
        'kadis.kesehatan',
      );
      expect(roster.items.length).toBe(roster.total);
      unrated += roster.items.filter((p: { skp: unknown }) => p.skp === null).length;
    }
    expect(unrated).toBeGreaterThan(0);
    expect(
      (await work('kadis.kesehatan')).find((i) => i.kind === 'evaluation' && i.subject === open!.code),
    ).toEqual({
      kind: 'evaluation',
      count: unrated,
      subject: open!.code,
      periodKind: 'TRIWULAN',
      href: `/evaluasi?periode=${open!.id}`,
    });
    // Entering evaluations is the OPD head's desk, not BKPSDM's.
    expect((await work('operator')).filter((i) => i.kind === 'evaluation')).toEqual([]);
  });
});
