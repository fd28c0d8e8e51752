import { describe, expect, it } from 'vitest';
import { pdfPages, squash } from '../../../test/support/pdf-text.js';
import { ELECTION_WINDOWS_SETTING } from '../../services/matching/election-settings.js';
import { setSetting } from '../../store/repositories/settings.js';
import {
  auditTotal,
  boardMembers,
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

// From draft to closed: the SK (with the election-window guard), the board, announcement,
// objections, taking effect and the transparency page; the due-moves command is in
// `proposal-due-effects-routes.test.ts`. The tests build on each other in order:
// the transparency page counts the rounds the earlier ones left behind.
setUpProposalApp();

describe('proposals: the SK in an election window', () => {
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
    const members = await boardMembers();
    let s = await ok('POST', '/board-sessions', 'tpk', {
      number: '800.1.3/09/TPK/2026',
      heldOn: '2026-11-28',
      place: 'Ruang Rapat Sekretariat Daerah',
      members,
      proposalIds: [id],
    });
    // The member (tpk3) is absent: only the chair and the secretary must declare.
    s = await ok('POST', `/board-sessions/${s.id}/attendance`, 'tpk', {
      version: s.version,
      attendance: s.members.map((m: { id: number }, i: number) => ({ memberId: m.id, present: i < 2 })),
    });
    expect(s.members.map((m: { present: boolean }) => m.present)).toEqual([true, true, false]);
    const early = await call('POST', `/board-sessions/${s.id}/decisions`, 'tpk', { version: s.version });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('BOARD_DECLARATION_MISSING');
    const notReviewable = await call('POST', `/proposals/${id}/review`, 'tpk', { version: verified.version });
    expect(notReviewable.json().error.code).toBe('WORKFLOW_BOARD_DECISION_MISSING');
    // Nobody outside the session declares, and each member declares only for themself.
    const outsider = await call('POST', `/board-sessions/${s.id}/declarations`, 'kepala.bkpsdm', {
      mode: 'AGENDA',
      conflicts: [],
    });
    expect(outsider.statusCode).toBe(403);
    expect(outsider.json().error.rule).toBe('BOARD_MEMBER_SELF');
    for (const member of ['tpk', 'tpk2'])
      s = await ok('POST', `/board-sessions/${s.id}/declarations`, member, { mode: 'AGENDA', conflicts: [] });
    const staleSession = await call('POST', `/board-sessions/${s.id}/decisions`, 'tpk', {
      version: s.version - 1,
    });
    expect(staleSession.statusCode).toBe(409);
    s = await ok('POST', `/board-sessions/${s.id}/decisions`, 'tpk', {
      version: s.version,
      notes: 'Memenuhi syarat jabatan',
    });
    s = await ok('POST', `/board-sessions/${s.id}/minutes`, 'tpk2');
    expect(s.minutesSha256).toMatch(/^[0-9a-f]{64}$/);
    const minutes = await call('GET', `/board-sessions/${s.id}/minutes.pdf`, 'auditor');
    expect(minutes.headers['content-type']).toBe('application/pdf');
    const minutesText = squash((await pdfPages(minutes.rawPayload, 'raw')).join(' '));
    expect(minutesText).toContain('800.1.3/09/TPK/2026');
    expect(minutesText).toContain(s.members[0].name);

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

    // The Wali Kota signs it (the announcement waits for that), then it is announced: the objection
    // window is open, an objection is recorded and dismissed.
    const signed = await step(id, 'sign-sk', 'walikota');
    expect(signed.decree.signing).toMatchObject({ signedOn: '2026-11-28', recordedByRole: 'PPK' });
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
    setClock(new Date('2026-12-15T03:00:00Z'));
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
      'proposal.signSk',
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
        // A summary written into a proposal, with no plan run behind it: nothing proves its optimality,
        // and criteria not in the shape the public page reads are dropped, not shown as they came.
        optimality: null,
        summary: {
          summaryVersion: 1,
          scenario: null,
          scope: null,
          asOf: null,
          policyVersion: null,
          ruleTableVersion: null,
          fitWeights: null,
          objectives: null,
          optimality: null,
          certificateHeld: true,
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
});
