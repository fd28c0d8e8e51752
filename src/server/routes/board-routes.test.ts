import { expect, it } from 'vitest';
import { expectInOrder, pdfPages, squash } from '../../../test/support/pdf-text.js';
import { describeEachDialectApp } from '../../../test/support/test-app-dialects.js';
import { verifiedAgenda } from '../../../test/support/verified-agenda.js';
import { boardApi } from './board-routes.fixtures.js';

type Member = { id: number; userId: number; name: string; role: string; present: boolean; declared: number };
type Candidate = {
  itemId: number;
  employeeName: string;
  nip: string;
  toOpdId: number | null;
  moveType: string;
  decision: string | null;
  notes: string | null;
  conflictMemberIds: number[];
};

/** Candidates on the agenda: 205 x 3 members = 615 declarations, over the old cap of 500 per request. */
const AGENDA = 205;

// A whole-city round at the review board, on both engines: accounts as members, each member's own
// declaration, the chair's bulk decision with exceptions, and minutes that stay a few pages.
// The tests build on each other in order, on one session.
describeEachDialectApp('review board at plan scale', (app) => {
  const { call, ok, auditTotal, signInAll } = boardApi(app);
  let session: { id: number; version: number; members: Member[]; candidates: Candidate[] };
  let accounts: Record<string, number>;
  const memberOf = (username: string) => session.members.find((m) => m.userId === accounts[username])!;

  it('seats review board accounts only, with one chair and one secretary', async () => {
    await signInAll('tpk', 'tpk2', 'tpk3', 'kepala.bkpsdm', 'operator', 'auditor');
    const options = await ok('GET', '/board-sessions/member-options', 'tpk');
    accounts = Object.fromEntries(
      options.items.map((o: { username: string; userId: number }) => [o.username, o.userId]),
    );
    expect(Object.keys(accounts).sort()).toEqual(['tpk', 'tpk2', 'tpk3']);
    // Names, NIPs and posts come from the officials the accounts belong to.
    for (const o of options.items) {
      expect(o.nip).toMatch(/^\d{18}$/);
      expect(o.positionTitle?.length).toBeGreaterThan(3);
    }
    expect((await call('GET', '/board-sessions/member-options', 'operator')).statusCode).toBe(403);

    const agenda = await verifiedAgenda(app(), AGENDA);
    const operatorId = (await ok('GET', '/auth/me', 'operator')).id;
    const body = {
      number: '800.1.3/14/TPK/2026',
      heldOn: '2026-11-28',
      place: 'Ruang Rapat Sekretariat Daerah Kota Sibolga',
      proposalIds: [agenda.id],
    };
    const refused = await call('POST', '/board-sessions', 'tpk', {
      ...body,
      members: [
        { userId: accounts.tpk, role: 'KETUA' },
        { userId: operatorId, role: 'ANGGOTA' },
      ],
    });
    expect(refused.statusCode).toBe(400);
    expect(
      refused.json().error.issues.map((i: { field: string; rule: string }) => [i.field, i.rule]),
    ).toEqual([
      ['members.1.userId', 'BOARD_MEMBER_ACCOUNT'],
      ['members', 'BOARD_ONE_SECRETARY'],
    ]);
    session = await ok('POST', '/board-sessions', 'tpk', {
      ...body,
      members: [
        { userId: accounts.tpk, role: 'KETUA' },
        { userId: accounts.tpk2, role: 'SEKRETARIS' },
        { userId: accounts.tpk3, role: 'ANGGOTA' },
      ],
    });
    expect(session.members.map((m) => [m.userId, m.role])).toEqual([
      [accounts.tpk, 'KETUA'],
      [accounts.tpk2, 'SEKRETARIS'],
      [accounts.tpk3, 'ANGGOTA'],
    ]);
    expect(session.members.map((m) => m.name)).toEqual(
      ['tpk', 'tpk2', 'tpk3'].map(
        (u) => options.items.find((o: { username: string }) => o.username === u).displayName,
      ),
    );
    expect(session.candidates).toHaveLength(AGENDA);
    const again = await call('POST', '/board-sessions', 'tpk', { ...body, members: [] });
    expect(again.statusCode).toBe(400);
    const taken = await call('POST', '/board-sessions', 'tpk', {
      ...body,
      members: session.members.map((m) => ({ userId: m.userId, role: m.role })),
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error).toMatchObject({ field: 'number', rule: 'BOARD_SESSION_NUMBER_UNIQUE' });
  }, 60_000);

  it('lets only the chair or the secretary take attendance; others get 403 with the rule', async () => {
    const before = await auditTotal();
    const attendance = session.members.map((m) => ({ memberId: m.id, present: m.role !== 'SEKRETARIS' }));
    for (const who of ['tpk3', 'kepala.bkpsdm']) {
      const res = await call('POST', `/board-sessions/${session.id}/attendance`, who, {
        version: session.version,
        attendance,
      });
      expect(res.statusCode, who).toBe(403);
      expect(res.json().error.rule).toBe('BOARD_CHAIR_OR_SECRETARY');
      expect(res.json().error.messages.id).toContain('ketua atau sekretaris');
    }
    expect(await auditTotal()).toBe(before);
    // The member's screen shows the controls disabled with the same rule.
    const asMember = await ok('GET', `/board-sessions/${session.id}`, 'tpk3');
    expect(asMember.me).toMatchObject({ role: 'ANGGOTA' });
    expect(asMember.permissions.attendance).toMatchObject({
      allowed: false,
      rule: 'BOARD_CHAIR_OR_SECRETARY',
    });
    expect(asMember.permissions.declare).toMatchObject({ allowed: true });
    // The secretary is away today; the chair records it.
    session = await ok('POST', `/board-sessions/${session.id}/attendance`, 'tpk', {
      version: session.version,
      attendance,
    });
    expect(session.members.map((m) => m.present)).toEqual([true, false, true]);
  });

  it('takes each member’s own declaration, for themself only, over 600 in all', async () => {
    const outsider = await call('POST', `/board-sessions/${session.id}/declarations`, 'kepala.bkpsdm', {
      mode: 'AGENDA',
      conflicts: [],
    });
    expect(outsider.statusCode).toBe(403);
    expect(outsider.json().error.rule).toBe('BOARD_MEMBER_SELF');
    // A member id in the body is not read: the seat comes from the signed-in account.
    session = await ok('POST', `/board-sessions/${session.id}/declarations`, 'tpk', {
      mode: 'AGENDA',
      conflicts: [],
      memberId: memberOf('tpk3').id,
    });
    expect(session.members.map((m) => m.declared)).toEqual([AGENDA, 0, 0]);
    // The absent secretary declares page by page; the page size is theirs to choose.
    const ids = session.candidates.map((c) => c.itemId);
    session = await ok('POST', `/board-sessions/${session.id}/declarations`, 'tpk2', {
      mode: 'ITEMS',
      declarations: ids.map((itemId) => ({ itemId, hasConflict: false })),
    });
    expect(memberOf('tpk2').declared).toBe(AGENDA);
    const badStatement = await call('POST', `/board-sessions/${session.id}/declarations`, 'tpk3', {
      mode: 'ITEMS',
      declarations: [{ itemId: ids[0], hasConflict: true }],
    });
    expect(badStatement.statusCode).toBe(400);
    expect(badStatement.json().error).toMatchObject({
      field: 'declarations.0.statement',
      rule: 'CONFLICT_STATEMENT',
    });
    expect(badStatement.json().error.messages.id).toContain(session.candidates[0]!.employeeName);
  });

  it('refuses a decision while a member present has not declared, naming them and the candidates', async () => {
    const before = await auditTotal();
    const res = await call('POST', `/board-sessions/${session.id}/decisions`, 'tpk', {
      version: session.version,
    });
    expect(res.statusCode).toBe(409);
    const error = res.json().error;
    expect(error).toMatchObject({ code: 'BOARD_DECLARATION_MISSING', rule: 'R-KONFLIK' });
    expect(error.messages.id).toContain(`${memberOf('tpk3').name} (${AGENDA})`);
    // The absent secretary is not waited for.
    expect(error.messages.id).not.toContain(memberOf('tpk2').name);
    expect(error.issues).toHaveLength(AGENDA);
    expect(error.issues[0]).toMatchObject({
      field: `candidates.${session.candidates[0]!.itemId}`,
      rule: 'R-KONFLIK',
      value: { missingMemberIds: [memberOf('tpk3').id], missingMembers: [memberOf('tpk3').name] },
    });
    expect(await auditTotal()).toBe(before);

    const conflicted = session.candidates[5]!;
    session = await ok('POST', `/board-sessions/${session.id}/declarations`, 'tpk3', {
      mode: 'AGENDA',
      conflicts: [{ itemId: conflicted.itemId, statement: 'Kandidat adalah adik ipar saya' }],
    });
    expect(
      session.members.map((m) => [m.declared, (m as unknown as { conflicts: number }).conflicts]),
    ).toEqual([
      [AGENDA, 0],
      [AGENDA, 0],
      [AGENDA, 1],
    ]);
    const stored = await app()
      .ctx.db.selectFrom('board_conflicts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('session_id', '=', session.id)
      .executeTakeFirstOrThrow();
    expect(Number(stored.n)).toBe(3 * AGENDA);
    expect(session.candidates[5]!.conflictMemberIds).toEqual([memberOf('tpk3').id]);
  });

  it('decides in bulk, by unit then the rest, with exceptions and their reasons, one audit entry each', async () => {
    const refused = await call('POST', `/board-sessions/${session.id}/decisions`, 'tpk3', {
      version: session.version,
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.rule).toBe('BOARD_CHAIR_OR_SECRETARY');
    const unit = session.candidates[0]!.toOpdId!;
    const inUnit = session.candidates.filter((c) => c.toOpdId === unit);
    const outside = session.candidates.find((c) => c.toOpdId !== unit)!;
    const noReason = await call('POST', `/board-sessions/${session.id}/decisions`, 'tpk', {
      version: session.version,
      select: { unitIds: [unit] },
      exceptions: [{ itemId: inUnit[0]!.itemId, decision: 'DISAGREE', reason: '' }],
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.field).toBe('exceptions.0.reason');

    const before = await auditTotal();
    session = await ok('POST', `/board-sessions/${session.id}/decisions`, 'tpk', {
      version: session.version,
      select: { unitIds: [unit] },
      notes: 'Memenuhi persyaratan jabatan',
      exceptions: [
        { itemId: inUnit[0]!.itemId, decision: 'DISAGREE', reason: 'Kompetensi teknis belum sesuai' },
        { itemId: outside.itemId, decision: 'DEFER', reason: 'Menunggu hasil uji kompetensi' },
      ],
    });
    expect(await auditTotal()).toBe(before + 1);
    const decided = session.candidates.filter((c) => c.decision !== null);
    expect(decided.map((c) => c.itemId).sort()).toEqual(
      [...inUnit.map((c) => c.itemId), outside.itemId].sort(),
    );
    expect(session.candidates.find((c) => c.itemId === inUnit[0]!.itemId)).toMatchObject({
      decision: 'DISAGREE',
      notes: 'Kompetensi teknis belum sesuai',
    });
    expect(session.candidates.find((c) => c.itemId === outside.itemId)?.decision).toBe('DEFER');
    expect(
      inUnit
        .slice(1)
        .every((c) => session.candidates.find((x) => x.itemId === c.itemId)?.decision === 'AGREE'),
    ).toBe(true);

    // "Setujui semua kecuali yang ditandai" over what is left, by kind of move first.
    session = await ok('POST', `/board-sessions/${session.id}/decisions`, 'tpk', {
      version: session.version,
      select: { moveTypes: ['ROTASI_INTERNAL_OPD'] },
      notes: 'Memenuhi persyaratan jabatan',
    });
    expect(
      session.candidates
        .filter((c) => c.moveType === 'ROTASI_INTERNAL_OPD')
        .every((c) => c.decision !== null),
    ).toBe(true);
    session = await ok('POST', `/board-sessions/${session.id}/decisions`, 'tpk', {
      version: session.version,
      notes: 'Memenuhi persyaratan jabatan',
    });
    expect(session.candidates.every((c) => c.decision !== null)).toBe(true);
    expect(session.candidates.filter((c) => c.decision !== 'AGREE')).toHaveLength(2);
    const nothing = await call('POST', `/board-sessions/${session.id}/decisions`, 'tpk', {
      version: session.version,
    });
    expect(nothing.json().error.rule).toBe('NOTHING_TO_DECIDE');
    const entry = (await ok('GET', '/audit?pageSize=1&order=desc', 'auditor')).items[0];
    expect(entry.action).toBe('board.decision');
  }, 60_000);

  it('draws up minutes of a few pages: counts, the two exceptions, the conflict, present signatories', async () => {
    const member = await call('POST', `/board-sessions/${session.id}/minutes`, 'tpk3');
    expect(member.statusCode).toBe(403);
    session = await ok('POST', `/board-sessions/${session.id}/minutes`, 'tpk');
    const pdf = await call('GET', `/board-sessions/${session.id}/minutes.pdf`, 'auditor');
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const pages = await pdfPages(pdf.rawPayload, 'raw');
    expect(pages.length).toBeLessThanOrEqual(4);
    const text = squash(pages.join(' '));
    const exceptions = session.candidates.filter((c) => c.decision !== 'AGREE');
    const conflicted = session.candidates.find((c) => c.conflictMemberIds.length > 0)!;
    const [chair, secretary, anggota] = session.members;
    expectInOrder(text, [
      'NOMOR : 800.1.3/14/TPK/2026',
      `${secretary!.name}`,
      'Tidak hadir',
      'Jumlah anggota yang hadir: 2 dari 3 orang.',
      `tidak memiliki konflik kepentingan dengan calon mana pun: ${chair!.name}.`,
      `${anggota!.name} ${conflicted.employeeName}`,
      'Kandidat adalah adik ipar saya',
      `Tim memutus ${AGENDA} calon`,
      `${AGENDA - 2} calon disetujui, 1 calon tidak disetujui dan 1 calon ditunda`,
      'Rotasi dalam OPD',
      'Antar-OPD',
      'dengan pertimbangan: Memenuhi persyaratan jabatan, kecuali 2 calon berikut:',
      exceptions[0]!.employeeName,
      exceptions[1]!.employeeName,
      'Demikian berita acara ini dibuat',
    ]);
    const signatures = text.slice(text.indexOf('Demikian berita acara'));
    expect(signatures).toContain(chair!.name.toUpperCase());
    expect(signatures).toContain(anggota!.name);
    // The absent secretary does not sign.
    expect(signatures).not.toContain(secretary!.name);
    expect(signatures).not.toContain(secretary!.name.toUpperCase());
    expect(signatures).not.toContain('Sekretaris,');
  }, 60_000);

  it('shows the demo’s past session as the three accounts held it', async () => {
    const list = await ok('GET', '/board-sessions', 'tpk3');
    const past = list.items.find((s: { number: string }) => s.number === '800.1.3/07/TPK/2025');
    expect(past).toMatchObject({ hasMinutes: true, myRole: 'ANGGOTA' });
    const s = await ok('GET', `/board-sessions/${past.id}`, 'auditor');
    expect(s.members.map((m: Member) => m.role)).toEqual(['KETUA', 'SEKRETARIS', 'ANGGOTA']);
    expect(s.members.every((m: Member) => m.present && m.declared === s.candidates.length)).toBe(true);
    expect(s.candidates.every((c: Candidate) => c.decision !== null)).toBe(true);
    expect(s.me).toBeNull();
    expect(s.permissions.decide).toMatchObject({ allowed: false, rule: 'BOARD_CHAIR_OR_SECRETARY' });
  });
});
