import { createHash } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { pdfPages, squash } from '../../../test/support/pdf-text.js';
import { describeEachDialectApp } from '../../../test/support/test-app-dialects.js';
import type { LocalDate } from '../../core/model/local-date.js';
import { DEMO_SK_SIGNATORY } from '../../demo/decree-signatories.js';
import { ELECTION_WINDOWS_SETTING } from '../../services/matching/election-settings.js';
import { type EligibleMove, findEligibleMoves } from '../../services/process/find-eligible-moves.js';
import { setSetting } from '../../store/repositories/settings.js';

// The pre-issue check of the SK, issuing it on a date, its signature and the announcement after it,
// on both engines, over the demo (its process settings name real-looking fictional officials).
// The clock is the test app's: 28 November 2026; the board meets that day, the TMT is 14 December.

type Body = Record<string, unknown>;
const TMT = '2026-12-14';
const PELAKSANA_ONLY = 'PEMINDAHAN DAN PENEMPATAN PEGAWAI NEGERI SIPIL DALAM JABATAN PELAKSANA';
const MIXED = 'MUTASI PEGAWAI NEGERI SIPIL';
const AREA = 'DI LINGKUNGAN PEMERINTAH KOTA SIBOLGA';

describeEachDialectApp('the SK: check, issue, sign, announce', (app) => {
  const cookies: Record<string, string> = {};
  const byKind: Record<'PELAKSANA' | 'JF', EligibleMove[]> = { PELAKSANA: [], JF: [] };
  let instansiId = 0;
  const call = (method: 'GET' | 'POST' | 'PUT', url: string, who?: string, payload?: Body) =>
    app().app.inject({
      method,
      url: `/api${url}`,
      headers: who ? { cookie: cookies[who]! } : {},
      ...(payload ? { payload } : {}),
    });
  const ok = async (method: 'GET' | 'POST' | 'PUT', url: string, who: string, payload?: Body) => {
    const res = await call(method, url, who, payload);
    expect(res.statusCode, `${method} ${url} as ${who}: ${res.body}`).toBeLessThan(300);
    return res.json();
  };
  const step = async (id: number, verb: string, who: string, extra: Body = {}) => {
    const p = await ok('GET', `/proposals/${id}`, who);
    return call('POST', `/proposals/${id}/${verb}`, who, { version: p.version, ...extra });
  };
  const auditTotal = async () => (await ok('GET', '/audit?pageSize=1', 'auditor')).total as number;

  /** Drafts, verifies, has the board agree to every move (chair, secretary, member) and approves. */
  async function approvedProposal(moves: readonly EligibleMove[], session: string): Promise<number> {
    const p = await ok('POST', '/proposals', 'operator', {
      title: 'Mutasi uji SK',
      round: '2026-II',
      tmt: TMT,
      items: moves.map((m) => ({
        nip: m.nip,
        toPositionId: m.toPositionId,
        reason: 'Kebutuhan organisasi',
        legalGround: 'PP 11/2017 Pasal 190',
      })),
    });
    for (const [verb, who] of [
      ['submit', 'operator'],
      ['verify', 'kepala.bkpsdm'],
    ] as const)
      expect((await step(p.id, verb, who)).statusCode).toBe(200);
    const options = (await ok('GET', '/board-sessions/member-options', 'tpk')).items as {
      userId: number;
      username: string;
    }[];
    const member = (username: string, role: string) => ({
      userId: options.find((o) => o.username === username)!.userId,
      role,
    });
    let s = await ok('POST', '/board-sessions', 'tpk', {
      number: session,
      heldOn: '2026-11-28',
      place: 'Ruang Rapat Sekretariat Daerah',
      members: [member('tpk', 'KETUA'), member('tpk2', 'SEKRETARIS'), member('tpk3', 'ANGGOTA')],
      proposalIds: [p.id],
    });
    s = await ok('POST', `/board-sessions/${s.id}/attendance`, 'tpk', {
      version: s.version,
      attendance: s.members.map((m: { id: number }) => ({ memberId: m.id, present: true })),
    });
    for (const who of ['tpk', 'tpk2', 'tpk3'])
      s = await ok('POST', `/board-sessions/${s.id}/declarations`, who, { mode: 'AGENDA', conflicts: [] });
    await ok('POST', `/board-sessions/${s.id}/decisions`, 'tpk', {
      version: s.version,
      notes: 'Memenuhi syarat',
    });
    expect((await step(p.id, 'review', 'tpk')).statusCode).toBe(200);
    expect((await step(p.id, 'approve', 'walikota')).json().state).toBe('APPROVED');
    return p.id;
  }

  beforeAll(async () => {
    const t = app();
    for (const u of ['operator', 'kepala.bkpsdm', 'tpk', 'tpk2', 'tpk3', 'walikota', 'auditor'])
      cookies[u] = await t.signIn(u);
    instansiId = (await ok('GET', '/auth/me', 'operator')).instansiId as number;
    const busy = (await t.ctx.db.selectFrom('proposal_items').select('employee_id').execute()).map(
      (r) => r.employee_id,
    );
    const found = await findEligibleMoves(t.ctx, instansiId, '2026-11-28' as LocalDate, 12, busy, [
      TMT as LocalDate,
    ]);
    const kinds = await t.ctx.db
      .selectFrom('positions')
      .select(['id', 'kind'])
      .where(
        'id',
        'in',
        found.map((m) => m.toPositionId),
      )
      .execute();
    const kindOf = new Map(kinds.map((k) => [k.id, k.kind]));
    for (const m of found) byKind[kindOf.get(m.toPositionId) as 'PELAKSANA' | 'JF'].push(m);
    // Two proposals: pelaksana only, and pelaksana with JF.
    expect(byKind.PELAKSANA.length).toBeGreaterThanOrEqual(3);
    expect(byKind.JF.length).toBeGreaterThanOrEqual(1);
  }, 120_000);

  it('answers 401 without a session and 404 for an unknown proposal', async () => {
    expect((await call('GET', '/proposals/1/decree-check')).statusCode).toBe(401);
    const missing = await call('GET', '/proposals/999999/decree-check', 'operator');
    expect(missing.statusCode).toBe(404);
    const badDate = await call('GET', '/proposals/1/decree-check?date=2026-02-30', 'operator');
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().error.field).toBe('date');
  });

  it('refuses the SK while the check finds anything, names the field to fix, and writes nothing', async () => {
    const id = await approvedProposal(byKind.PELAKSANA.slice(0, 2), 'TPK/UJI/SK-1');
    // The demo's own settings: nothing found, the title of a pelaksana-only SK, allowed to issue.
    const clean = await ok('GET', `/proposals/${id}/decree-check`, 'operator');
    expect(clean).toMatchObject({
      date: '2026-11-28',
      findings: [],
      allowed: true,
      refusal: null,
      moves: 2,
      title: { scope: 'PELAKSANA', subject: `${PELAKSANA_ONLY} ${AREA}` },
    });
    // The PPK reads the same check but may not issue: the refusal says why.
    const asPpk = await ok('GET', `/proposals/${id}/decree-check`, 'walikota');
    expect(asPpk).toMatchObject({ allowed: false, refusal: { code: 'WORKFLOW_WRONG_ROLE' } });

    const settings = await ok('GET', '/process-settings', 'kepala.bkpsdm');
    const { sampleNumber: _s, actions: _a, ...input } = settings;
    await ok('PUT', '/process-settings', 'kepala.bkpsdm', { ...input, skSignatory: null });
    try {
      const unset = await ok('GET', `/proposals/${id}/decree-check`, 'operator');
      expect(unset.allowed).toBe(false);
      expect(unset.findings.map((f: { code: string; field: string }) => [f.code, f.field])).toEqual([
        ['DECREE_SIGNATORY_MISSING', 'skSignatory'],
      ]);
      const before = await auditTotal();
      const refused = await step(id, 'issue-sk', 'operator');
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error).toMatchObject({
        code: 'WORKFLOW_DECREE_CHECK_FAILED',
        field: 'skSignatory',
        rule: 'DECREE_SIGNATORY_MISSING',
        messages: { id: expect.stringContaining('Penandatangan SK belum diatur') },
      });
      expect(await auditTotal()).toBe(before);
      expect((await call('GET', `/proposals/${id}/sk.pdf`, 'operator')).statusCode).toBe(404);
    } finally {
      await ok('PUT', '/process-settings', 'kepala.bkpsdm', input);
    }

    // In an election window, the Mendagri's written approval for every person in scope.
    await setSetting(app().ctx.db, instansiId, ELECTION_WINDOWS_SETTING, [
      {
        id: 'UJI-71-2',
        type: 'PRA_PENETAPAN_PASLON',
        start: '2026-11-01',
        end: '2027-03-01',
        legalBasis: 'UU 10/2016 Pasal 71 ayat (2)',
        appliesToPositionKinds: ['PELAKSANA', 'JF'],
      },
    ]);
    try {
      const election = await ok('GET', `/proposals/${id}/decree-check`, 'operator');
      expect(election.allowed).toBe(false);
      expect(election.findings).toEqual([
        expect.objectContaining({
          code: 'DECREE_MENDAGRI_APPROVAL_MISSING',
          field: 'mendagriApproval',
          value: expect.arrayContaining(byKind.PELAKSANA.slice(0, 2).map((m) => m.nip)),
        }),
      ]);
    } finally {
      await setSetting(app().ctx.db, instansiId, ELECTION_WINDOWS_SETTING, []);
    }

    // The SK date is a parameter: not before the minutes it cites, not after the TMT.
    const early = await ok('GET', `/proposals/${id}/decree-check?date=2026-11-27`, 'operator');
    expect(early.findings).toEqual([
      expect.objectContaining({ code: 'DECREE_DATE_BEFORE_MINUTES', field: 'date', value: '2026-11-27' }),
      expect.objectContaining({ code: 'DECREE_DATE_BEFORE_APPROVAL', field: 'date' }),
    ]);
    expect(early.findings[0].message.id).toContain('27 November 2026');
    const before = await auditTotal();
    const refused = await step(id, 'issue-sk', 'operator', { date: '2026-11-27' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ field: 'date', rule: 'DECREE_DATE_BEFORE_MINUTES' });
    expect(refused.json().error.issues).toHaveLength(2);
    const late = await step(id, 'issue-sk', 'operator', { date: '2026-12-15' });
    expect(late.json().error).toMatchObject({ field: 'date', rule: 'DECREE_DATE_AFTER_TMT' });
    expect(await auditTotal()).toBe(before);
    expect((await ok('GET', `/proposals/${id}`, 'operator')).state).toBe('APPROVED');

    // Clean again: issued on today's date, with the pelaksana title, read back from the PDF.
    const issued = await step(id, 'issue-sk', 'operator');
    expect(issued.statusCode, issued.body).toBe(200);
    expect(issued.json().decree.decreeDate).toBe('2026-11-28');
    const sk = await call('GET', `/proposals/${id}/sk.pdf`, 'operator');
    const text = squash((await pdfPages(sk.rawPayload, 'raw')).join(' '));
    expect(text).toContain(`TENTANG ${PELAKSANA_ONLY} ${AREA}`);
    expect(text).not.toContain('JABATAN ADMINISTRATOR DAN JABATAN PENGAWAS');
    const skEntry = (
      await ok('GET', `/audit?action=proposal.issueSk&entityId=${issued.json().number}`, 'auditor')
    ).items[0];
    expect(skEntry.after).toMatchObject({ decreeDate: '2026-11-28', subject: `${PELAKSANA_ONLY} ${AREA}` });
  }, 120_000);

  it('issues, signs on the PPK’s behalf and announces, in that order, each step audited', async () => {
    const moves = [byKind.PELAKSANA[2]!, byKind.JF[0]!];
    const id = await approvedProposal(moves, 'TPK/UJI/SK-2');
    const check = await ok('GET', `/proposals/${id}/decree-check`, 'operator');
    expect(check).toMatchObject({ allowed: true, title: { scope: 'MIXED', subject: `${MIXED} ${AREA}` } });
    expect(check.title.counts).toMatchObject({ PELAKSANA: 1, JF: 1 });

    const issuedRes = await step(id, 'issue-sk', 'operator', { date: '2026-11-28' });
    expect(issuedRes.statusCode, issuedRes.body).toBe(200);
    const issued = issuedRes.json();
    expect(issued.decree).toMatchObject({
      decreeDate: '2026-11-28',
      signatoryName: DEMO_SK_SIGNATORY.name,
      signatoryTitle: 'WALI KOTA SIBOLGA',
      signatoryNip: null,
      signing: null,
    });
    expect(issued.transitions).toContain('signSk');
    // The title read back from the PDF: a general one, not "Jabatan Administrator dan Pengawas".
    const sk = await call('GET', `/proposals/${id}/sk.pdf`, 'auditor');
    const text = squash((await pdfPages(sk.rawPayload, 'raw')).join(' '));
    expect(text).toContain(`TENTANG ${MIXED} ${AREA}`);
    expect(text).not.toContain('ADMINISTRATOR');
    expect(text).toContain('pada tanggal 28 November 2026');
    // The signature block prints the signatory's name in capitals.
    expect(text).toContain(DEMO_SK_SIGNATORY.name.toUpperCase());
    expect(text).not.toContain('NAMA WALI KOTA');

    // Not announced before it is signed; signed only by those who may, on a possible day.
    const before = await auditTotal();
    const early = await step(id, 'announce', 'operator');
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({ code: 'WORKFLOW_SK_NOT_SIGNED', field: 'state' });
    expect((await step(id, 'sign-sk', 'tpk')).json().error.code).toBe('WORKFLOW_WRONG_ROLE');
    for (const [signedOn, rule] of [
      ['2026-11-27', 'SIGNED_BEFORE_SK'],
      ['2026-11-29', 'SIGNED_IN_FUTURE'],
    ] as const) {
      const bad = await step(id, 'sign-sk', 'operator', { signedOn });
      expect(bad.statusCode, signedOn).toBe(400);
      expect(bad.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'signedOn', rule });
    }
    expect(await auditTotal()).toBe(before);

    const signedRes = await step(id, 'sign-sk', 'operator', { signedOn: '2026-11-28' });
    expect(signedRes.statusCode, signedRes.body).toBe(200);
    const signed = signedRes.json();
    expect(signed.state).toBe('SK_ISSUED');
    expect(signed.decree.signing).toMatchObject({
      signedOn: '2026-11-28',
      signerName: DEMO_SK_SIGNATORY.name,
      signerTitle: 'WALI KOTA SIBOLGA',
      signerNip: null,
      recordedByRole: 'BKPSDM_OPERATOR',
    });
    expect(signed.transitions).not.toContain('signSk');
    expect((await step(id, 'sign-sk', 'walikota')).json().error.code).toBe('WORKFLOW_WRONG_STATE');
    const entry = (await ok('GET', `/audit?action=proposal.signSk&entityId=${signed.number}`, 'auditor'))
      .items[0];
    expect(entry.after).toMatchObject({
      signedOn: '2026-11-28',
      onBehalfOfPpk: true,
      signer: { name: DEMO_SK_SIGNATORY.name },
      decreeNumber: issued.decree.number,
    });
    // The PDF does not change with the signature: its hash still identifies it.
    const again = await call('GET', `/proposals/${id}/sk.pdf`, 'auditor');
    expect(createHash('sha256').update(again.rawPayload).digest('hex')).toBe(issued.decree.pdfSha256);

    const announced = await step(id, 'announce', 'operator');
    expect(announced.statusCode, announced.body).toBe(200);
    expect(announced.json()).toMatchObject({ state: 'ANNOUNCED', announcedOn: '2026-11-28' });
    expect((await ok('GET', '/audit/verify', 'auditor')).ok).toBe(true);
  }, 120_000);
});
