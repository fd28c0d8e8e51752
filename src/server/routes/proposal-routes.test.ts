import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPages, squash } from '../../../test/support/pdf-text.js';
import { createTestApp, FIXED_NOW, type TestApp } from '../../../test/support/test-app.js';
import type { LocalDate } from '../../core/model/local-date.js';
import { ELECTION_WINDOWS_SETTING } from '../../services/matching/election-settings.js';
import { type EligibleMove, findEligibleMoves } from '../../services/process/find-eligible-moves.js';
import { takeDueEffects } from '../../services/process/take-due-effects.js';
import { setSetting } from '../../store/repositories/settings.js';

let t: TestApp;
let instansiId: number;
const cookies: Record<string, string> = {};
let moves: EligibleMove[] = [];
let clock = FIXED_NOW;

type Body = Record<string, unknown>;
const call = (method: 'GET' | 'POST', url: string, who?: string, payload?: Body) =>
  t.app.inject({
    method,
    url: `/api${url}`,
    headers: who ? { cookie: cookies[who]! } : {},
    ...(payload ? { payload } : {}),
  });
const ok = async (method: 'GET' | 'POST', url: string, who: string, payload?: Body) => {
  const res = await call(method, url, who, payload);
  expect(res.statusCode, `${method} ${url} as ${who}: ${res.body}`).toBeLessThan(300);
  return res.json();
};
const auditTotal = async () => (await ok('GET', '/audit?pageSize=1', 'auditor')).total as number;
const signInAll = async () => {
  for (const u of ['operator', 'kepala.bkpsdm', 'tpk', 'walikota', 'pegawai', 'auditor', 'kadis.kesehatan'])
    cookies[u] = await t.signIn(u);
};

const draft = (items: EligibleMove[], who = 'operator', tmt = '2026-12-14', plan: Body = {}) =>
  ok('POST', '/proposals', who, {
    title: 'Mutasi uji',
    round: '2026-UJI',
    tmt,
    ...plan,
    items: items.map((m) => ({
      nip: m.nip,
      toPositionId: m.toPositionId,
      reason: 'Kebutuhan organisasi',
      legalGround: 'PP 11/2017 Pasal 190',
    })),
  });

const step = async (id: number, verb: string, who: string, extra: Body = {}) => {
  const p = await ok('GET', `/proposals/${id}`, who);
  return ok('POST', `/proposals/${id}/${verb}`, who, { version: p.version, ...extra });
};

type Session = { members: { id: number; present: boolean }[]; candidates: { itemId: number }[] };
const declarationsOf = (s: Session) =>
  s.candidates.flatMap((c) =>
    s.members
      .filter((m) => m.present)
      .map((m) => ({
        memberId: m.id,
        itemId: c.itemId,
        hasConflict: false,
        statement: 'Tidak ada konflik kepentingan',
      })),
  );

/** Submits, verifies, holds a board session deciding AGREE on every move, reviews and approves. */
async function toApproved(id: number, sessionNumber: string) {
  await step(id, 'submit', 'operator');
  const verified = await step(id, 'verify', 'kepala.bkpsdm');
  expect(verified.state).toBe('VERIFIED');
  let s = await ok('POST', '/board-sessions', 'tpk', {
    number: sessionNumber,
    heldOn: '2026-11-28',
    place: 'Ruang Rapat Sekretariat Daerah',
    members: [
      { name: 'Ketua TPK Uji', positionTitle: 'Sekretaris Daerah', role: 'KETUA' },
      { name: 'Anggota TPK Uji', positionTitle: 'Inspektur', role: 'ANGGOTA' },
    ],
    proposalIds: [id],
  });
  s = await ok('POST', `/board-sessions/${s.id}/attendance`, 'tpk', {
    version: s.version,
    attendance: s.members.map((m: { id: number }) => ({ memberId: m.id, present: true })),
  });
  s = await ok('POST', `/board-sessions/${s.id}/conflicts`, 'tpk', {
    version: s.version,
    declarations: declarationsOf(s),
  });
  for (const c of s.candidates)
    s = await ok('POST', `/board-sessions/${s.id}/decisions`, 'tpk', {
      version: s.version,
      itemId: c.itemId,
      decision: 'AGREE',
      notes: 'Memenuhi syarat',
    });
  await step(id, 'review', 'tpk');
  const approved = await step(id, 'approve', 'walikota');
  expect(approved.state).toBe('APPROVED');
  return s;
}

beforeAll(async () => {
  t = await createTestApp();
  (t.ctx as { now: () => Date }).now = () => clock;
  await signInAll();
  instansiId = (await ok('GET', '/auth/me', 'operator')).instansiId;
  const busy = (await t.ctx.db.selectFrom('proposal_items').select('employee_id').execute()).map(
    (r) => r.employee_id,
  );
  moves = await findEligibleMoves(t.ctx, instansiId, '2026-11-28' as LocalDate, 6, busy);
  expect(moves.length).toBe(6);
}, 60_000);
afterAll(() => t.close());

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

  it('refuses the SK inside an election window until a Mendagri approval covers every person', async () => {
    await setSetting(t.ctx.db, instansiId, ELECTION_WINDOWS_SETTING, [
      {
        id: 'UJI-71-2',
        type: 'PRA_PENETAPAN_PASLON',
        start: '2026-11-01',
        end: '2027-03-01',
        legalBasis: 'UU 10/2016 Pasal 71 ayat (2)',
        appliesToPositionKinds: ['PELAKSANA', 'JF', 'PENGAWAS', 'ADMINISTRATOR', 'JPT_PRATAMA'],
      },
    ]);
    try {
      const p = await draft([moves[2]!, moves[3]!]);
      await toApproved(p.id, 'TPK/UJI/PILKADA');
      const approved = await ok('GET', `/proposals/${p.id}`, 'operator');
      const before = await auditTotal();
      const refused = await call('POST', `/proposals/${p.id}/issue-sk`, 'operator', {
        version: approved.version,
      });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.code).toBe('WORKFLOW_ELECTION_WINDOW');
      expect(refused.json().error.messages.id).toContain(moves[2]!.nip);
      expect(await auditTotal()).toBe(before);
      expect((await call('GET', `/proposals/${p.id}/sk.pdf`, 'operator')).statusCode).toBe(404);

      // One letter for one of the two people is not enough.
      const partial = await ok('POST', `/proposals/${p.id}/mendagri-approvals`, 'operator', {
        version: approved.version,
        letterNo: '100.2.2.6/1234/OTDA',
        letterDate: '2026-11-20',
        subject: 'Persetujuan penggantian pejabat',
        coveredNips: [moves[2]!.nip],
      });
      const still = await call('POST', `/proposals/${p.id}/issue-sk`, 'operator', {
        version: partial.version,
      });
      expect(still.json().error.code).toBe('WORKFLOW_ELECTION_WINDOW');
      expect(still.json().error.messages.id).not.toContain(moves[2]!.nip);
      const full = await ok('POST', `/proposals/${p.id}/mendagri-approvals`, 'operator', {
        version: partial.version,
        letterNo: '100.2.2.6/1240/OTDA',
        letterDate: '2026-11-21',
        subject: 'Persetujuan penggantian pejabat',
        coveredNips: [moves[3]!.nip],
      });
      const issued = await ok('POST', `/proposals/${p.id}/issue-sk`, 'operator', { version: full.version });
      expect(issued.state).toBe('SK_ISSUED');
      await step(p.id, 'cancel', 'kepala.bkpsdm', { reason: 'Uji masa pilkada selesai' });
    } finally {
      await setSetting(t.ctx.db, instansiId, ELECTION_WINDOWS_SETTING, []);
    }
  }, 60_000);
});

describe('proposals: the whole journey through the API', () => {
  it('goes from draft to closed, with the SK, the minutes, the moves and the audit chain', async () => {
    const [a, b] = [moves[0]!, moves[1]!];
    const created = await draft([a, b], 'operator', '2026-12-14', {
      planId: 41,
      planSummary: {
        criteria: ['performance', 'competency'],
        weights: { performance: 0.6, competency: 0.4 },
        certificate: { status: 'OPTIMAL', gap: 0 },
        moves: [{ nip: a.nip, explanation: 'internal detail' }],
      },
    });
    expect(created).toMatchObject({ state: 'DRAFT', version: 1 });
    expect(created.transitions).toEqual(expect.arrayContaining(['submit', 'withdraw']));
    expect(created.actions).toContain('proposal.write');
    const id = created.id as number;

    // The board cannot decide before every member present declared on the candidate.
    await step(id, 'submit', 'operator');
    await step(id, 'verify', 'kepala.bkpsdm');
    const verified = await ok('GET', `/proposals/${id}`, 'tpk');
    expect(
      verified.items.every((i: { eligibility: { status: string } }) => i.eligibility.status !== 'BLOCKED'),
    ).toBe(true);
    let s = await ok('POST', '/board-sessions', 'tpk', {
      number: '800.1.3/09/TPK/2026',
      heldOn: '2026-11-28',
      place: 'Ruang Rapat Sekretariat Daerah',
      members: [
        { name: 'Ketua TPK Uji', positionTitle: 'Sekretaris Daerah', role: 'KETUA' },
        { name: 'Anggota TPK Uji', positionTitle: 'Inspektur', role: 'ANGGOTA' },
        { name: 'Anggota Berhalangan', positionTitle: 'Asisten Administrasi Umum', role: 'ANGGOTA' },
      ],
      proposalIds: [id],
    });
    s = await ok('POST', `/board-sessions/${s.id}/attendance`, 'tpk', {
      version: s.version,
      attendance: s.members.map((m: { id: number }, i: number) => ({ memberId: m.id, present: i < 2 })),
    });
    expect(s.members.map((m: { present: boolean }) => m.present)).toEqual([true, true, false]);
    const early = await call('POST', `/board-sessions/${s.id}/decisions`, 'tpk', {
      version: s.version,
      itemId: s.candidates[0].itemId,
      decision: 'AGREE',
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('BOARD_DECLARATION_MISSING');
    const notReviewable = await call('POST', `/proposals/${id}/review`, 'tpk', { version: verified.version });
    expect(notReviewable.json().error.code).toBe('WORKFLOW_BOARD_DECISION_MISSING');
    // A member who is absent may not declare; the members present declare on every candidate.
    const absentDeclares = await call('POST', `/board-sessions/${s.id}/conflicts`, 'tpk', {
      version: s.version,
      declarations: [{ ...declarationsOf(s)[0], memberId: s.members.at(-1).id }],
    });
    expect(absentDeclares.statusCode).toBe(400);
    expect(absentDeclares.json().error).toMatchObject({
      field: 'declarations.0.memberId',
      rule: 'DECLARANT_PRESENT',
    });
    s = await ok('POST', `/board-sessions/${s.id}/conflicts`, 'tpk', {
      version: s.version,
      declarations: declarationsOf(s),
    });
    const staleSession = await call('POST', `/board-sessions/${s.id}/decisions`, 'tpk', {
      version: s.version - 1,
      itemId: s.candidates[0].itemId,
      decision: 'AGREE',
    });
    expect(staleSession.statusCode).toBe(409);
    for (const c of s.candidates)
      s = await ok('POST', `/board-sessions/${s.id}/decisions`, 'tpk', {
        version: s.version,
        itemId: c.itemId,
        decision: 'AGREE',
        notes: 'Memenuhi syarat jabatan',
      });
    s = await ok('POST', `/board-sessions/${s.id}/minutes`, 'tpk');
    expect(s.minutesSha256).toMatch(/^[0-9a-f]{64}$/);
    const minutes = await call('GET', `/board-sessions/${s.id}/minutes.pdf`, 'auditor');
    expect(minutes.headers['content-type']).toBe('application/pdf');
    const minutesText = squash((await pdfPages(minutes.rawPayload, 'raw')).join(' '));
    expect(minutesText).toContain('800.1.3/09/TPK/2026');
    expect(minutesText).toContain('Ketua TPK Uji');

    // The PPK approves; only with a reason could he reject, and the operator cannot do either.
    await step(id, 'review', 'tpk');
    const reviewed = await ok('GET', `/proposals/${id}`, 'walikota');
    expect(reviewed.transitions).toEqual(expect.arrayContaining(['approve', 'reject', 'return']));
    expect(
      (await call('POST', `/proposals/${id}/approve`, 'operator', { version: reviewed.version })).json().error
        .code,
    ).toBe('WORKFLOW_WRONG_ROLE');
    expect(
      (await call('POST', `/proposals/${id}/reject`, 'walikota', { version: reviewed.version })).statusCode,
    ).toBe(400);
    await step(id, 'approve', 'walikota');

    // The SK: a number from the register, PDFs whose text names the people and the number.
    const issued = await step(id, 'issue-sk', 'operator');
    expect(issued.state).toBe('SK_ISSUED');
    expect(issued.decree.number).toMatch(/^800\.1\.3\.3\/\d{3}\/BKPSDM\/2026$/);
    const sk = await call('GET', `/proposals/${id}/sk.pdf`, 'walikota');
    expect(sk.statusCode).toBe(200);
    expect(sk.headers['content-type']).toBe('application/pdf');
    const skText = squash((await pdfPages(sk.rawPayload, 'raw')).join(' '));
    expect(skText).toContain(issued.decree.number);
    for (const item of issued.items) expect(skText).toContain(item.toPositionName);
    const petikan = await call('GET', `/proposals/${id}/items/${issued.items[0].id}/petikan.pdf`, 'operator');
    expect(petikan.headers['content-type']).toBe('application/pdf');
    expect(squash((await pdfPages(petikan.rawPayload, 'raw')).join(' '))).toContain('Petikan');

    // Announced: the objection window is open, an objection is recorded and dismissed.
    const announced = await step(id, 'announce', 'operator');
    expect(announced).toMatchObject({
      state: 'ANNOUNCED',
      announcedOn: '2026-11-28',
      objectionWindowDays: 14,
    });
    const tooEarly = await call('POST', `/proposals/${id}/take-effect`, 'operator', {
      version: announced.version,
    });
    expect(tooEarly.statusCode).toBe(409);
    expect(tooEarly.json().error.code).toBe('WORKFLOW_OBJECTION_WINDOW_OPEN');
    const objected = await ok('POST', `/proposals/${id}/objections`, 'operator', {
      nip: a.nip,
      text: 'Saya keberatan karena alasan keluarga',
    });
    expect(objected.actions).toContain('objection.record');
    const objection = objected.objections[0];
    expect(
      (
        await call('POST', `/proposals/${id}/objections/${objection.id}/decision`, 'operator', {
          version: objection.version,
          decision: 'DISMISSED',
          reason: 'Tidak beralasan',
        })
      ).statusCode,
    ).toBe(403);
    await ok('POST', `/proposals/${id}/objections/${objection.id}/decision`, 'walikota', {
      version: objection.version,
      decision: 'DISMISSED',
      reason: 'Kebutuhan organisasi lebih utama',
    });

    // After the window, on the TMT: the moves take effect all at once.
    clock = new Date('2026-12-15T03:00:00Z');
    await signInAll();
    const due = await ok('GET', `/proposals/${id}`, 'operator');
    const stale = await call('POST', `/proposals/${id}/take-effect`, 'operator', {
      version: due.version - 1,
    });
    expect(stale.statusCode).toBe(409);
    const effective = await step(id, 'take-effect', 'operator');
    expect(effective.state).toBe('EFFECTIVE');
    for (const m of [a, b]) {
      const e = await ok('GET', `/employees/${m.nip}`, 'operator');
      expect(e.currentPositionId).toBe(m.toPositionId);
      expect(e.currentPositionSince).toBe('2026-12-14');
      const closedRow = e.positionHistory.find((h: { endDate: string | null }) => h.endDate === '2026-12-13');
      expect(closedRow).toBeDefined();
    }
    const closed = await step(id, 'close', 'operator');
    expect(closed.state).toBe('CLOSED');
    expect(closed.transitions).toEqual([]);
    expect(closed.history.map((h: { toState: string }) => h.toState)).toEqual([
      'DRAFT',
      'SUBMITTED',
      'VERIFIED',
      'REVIEWED',
      'APPROVED',
      'SK_ISSUED',
      'ANNOUNCED',
      'EFFECTIVE',
      'CLOSED',
    ]);

    // The audit log tells the whole story and its chain still verifies.
    const story = await ok(
      'GET',
      `/audit?entityType=proposal&entityId=${closed.number}&pageSize=50&order=asc`,
      'auditor',
    );
    const actions = story.items.map((e: { action: string }) => e.action).reverse();
    expect(actions).toEqual([
      'proposal.create',
      'proposal.submit',
      'proposal.verify',
      'proposal.review',
      'proposal.approve',
      'proposal.issueSk',
      'proposal.announce',
      'objection.record',
      'objection.decide',
      'proposal.takeEffect',
      'proposal.close',
    ]);
    const skEntry = story.items.find((e: { action: string }) => e.action === 'proposal.issueSk');
    expect(skEntry.after.pdfSha256).toBe(issued.decree.pdfSha256);
    expect((await ok('GET', '/audit/verify', 'auditor')).ok).toBe(true);
  }, 120_000);

  it('shows the rounds on the public transparency page, without names or NIPs', async () => {
    const res = await call('GET', '/transparency');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const test = body.rounds.find((r: { round: string }) => r.round === '2026-UJI');
    // The journey's two moves; the cancelled SK of the election-window test does not count.
    expect(test.byType.reduce((n: number, x: { count: number }) => n + x.count, 0)).toBe(2);
    expect(test.proposals.map((p: { state: string }) => p.state)).toEqual(
      expect.arrayContaining(['CLOSED', 'CANCELLED']),
    );
    expect(body.rounds.map((r: { round: string }) => r.round)).toContain('2025-II');
    expect(test.plans).toEqual([
      {
        planId: 41,
        summary: {
          criteria: ['performance', 'competency'],
          weights: { performance: 0.6, competency: 0.4 },
          certificate: { status: 'OPTIMAL', gap: 0 },
          objective: null,
          moveCount: null,
        },
      },
    ]);
    for (const m of moves) expect(res.body).not.toContain(m.nip);
    expect(res.body).not.toContain('internal detail');
  });

  it('lists each role its inbox', async () => {
    const inbox = await ok('GET', '/proposals?inbox=true', 'tpk');
    expect(inbox.items.every((p: { state: string }) => p.state === 'VERIFIED')).toBe(true);
    const all = await ok('GET', '/proposals?state=CLOSED', 'auditor');
    expect(all.items.length).toBeGreaterThanOrEqual(2);
    expect(all.actions).toEqual([]);
  });

  it('takes due moves for a date (the CLI path): refused while the window is open, applied after', async () => {
    const p = await draft([moves[2]!, moves[3]!], 'operator', '2026-12-30');
    await toApproved(p.id, 'TPK/UJI/CLI');
    await step(p.id, 'issue-sk', 'operator');
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
    clock = new Date('2027-01-05T03:00:00Z');
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
