import { beforeAll, expect, it } from 'vitest';
import type { TestApp } from '../../../test/support/test-app.js';
import { describeEachDialectApp } from '../../../test/support/test-app-dialects.js';
import type { LocalDate } from '../../core/model/local-date.js';
import { findEligibleMoves } from '../../services/process/find-eligible-moves.js';
import { setSetting } from '../../store/repositories/settings.js';

// A proposal from a plan through a form (defaults, a chosen subset, refusals) and editing its draft
// (title, round, TMT, moves), on SQLite and on PostgreSQL. Today is 2026-11-28 in every test app and
// the demo's objection window is 14 days, so the earliest TMT is 2026-12-13.

type Body = Record<string, unknown>;
type Json = ReturnType<typeof JSON.parse>;
type Issue = { field: string; rule: string; value: unknown };
type Item = { id: number; nip: string; reason: string; explanation: unknown; eligibility: Json };

describeEachDialectApp('a proposal from a plan through a form, and its draft edited', (app) => {
  let t: TestApp;
  const cookies: Record<string, string> = {};
  let instansiId: number;
  let planId: number;
  let planMoves: { nip: string; employeeId: number; to: { positionId: number } }[];
  let busy: Set<string>;

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
  const lastAudit = async () => (await ok('GET', '/audit?pageSize=1&order=desc', 'auditor')).items[0];
  const proposalCount = async () => (await ok('GET', '/proposals', 'operator')).items.length as number;
  /** Free moves of the plan: nobody in them is in an open proposal yet. */
  const free = () => planMoves.filter((m) => !busy.has(m.nip));
  const propose = (nips: string[] | undefined, extra: Body = {}) =>
    call('POST', `/plans/${planId}/proposal`, 'operator', {
      round: '2027-I',
      tmt: '2027-01-01',
      ...(nips ? { nips } : {}),
      ...extra,
    });
  const take = (nips: string[]) => {
    for (const n of nips) busy.add(n);
  };
  /** A move the rules allow on the TMT of nobody in an open proposal or the plan, into a post the plan leaves. */
  const handMove = async () => {
    const found = await findEligibleMoves(
      t.ctx,
      instansiId,
      '2027-01-01' as LocalDate,
      30,
      planMoves.map((m) => m.employeeId),
      [],
      { excludePosts: planMoves.map((m) => m.to.positionId) },
    );
    const move = found.find((m) => !busy.has(m.nip));
    expect(move).toBeDefined();
    return move!;
  };
  const handItem = (m: { nip: string; toPositionId: number }) => ({
    nip: m.nip,
    toPositionId: m.toPositionId,
    reason: 'Kebutuhan organisasi',
    legalGround: 'PP 11/2017 Pasal 190',
  });

  beforeAll(async () => {
    t = app();
    for (const u of ['operator', 'kepala.bkpsdm', 'tpk', 'auditor']) cookies[u] = await t.signIn(u);
    instansiId = (await ok('GET', '/auth/me', 'operator')).instansiId;
    const scenario = (await ok('GET', '/scenarios', 'operator')).items.find(
      (s: { name: string }) => s.name === 'Pengisian formasi kosong 2027',
    );
    const run = await ok('POST', `/scenarios/${scenario.id}/runs`, 'operator', { asOf: '2026-11-28' });
    await call('GET', `/plans/${run.id}/events`, 'operator'); // the stream ends with the run
    planId = run.id;
    const plan = await ok('GET', `/plans/${planId}`, 'operator');
    expect(plan.run.state).toBe('SUCCEEDED');
    planMoves = plan.plan.moves;
    // Who is in an open proposal already, read through the proposals themselves.
    busy = new Set();
    for (const p of (await ok('GET', '/proposals', 'operator')).items as { id: number; state: string }[]) {
      if (['CLOSED', 'CANCELLED', 'REJECTED', 'WITHDRAWN', 'EFFECTIVE'].includes(p.state)) continue;
      for (const i of (await ok('GET', `/proposals/${p.id}`, 'operator')).items as Item[]) busy.add(i.nip);
    }
    expect(free().length).toBeGreaterThanOrEqual(6);
  });

  it('refuses the defaults without a session (401) and to roles that may not propose (403)', async () => {
    expect((await call('GET', `/plans/${planId}/proposal-defaults`)).statusCode).toBe(401);
    for (const who of ['tpk', 'auditor']) {
      expect((await call('GET', `/plans/${planId}/proposal-defaults`, who)).statusCode, who).toBe(403);
    }
    expect((await call('GET', '/plans/999999/proposal-defaults', 'operator')).statusCode).toBe(404);
  });

  it('defaults a "2027" plan to round 2027-I from 1 January 2027, with the reasons and checks', async () => {
    const d = await ok('GET', `/plans/${planId}/proposal-defaults`, 'operator');
    expect(d).toMatchObject({
      planId,
      scenarioName: 'Pengisian formasi kosong 2027',
      planAsOf: '2026-11-28',
      round: '2027-I',
      tmt: '2027-01-01',
      earliestTmt: '2026-12-13',
      objectionWindowDays: 14,
      moveCount: planMoves.length,
    });
    expect(d.title).toBe(`Usulan mutasi dari rencana Pengisian formasi kosong 2027 v${d.planVersion}`);
    expect(d.reasons.map((r: { code: string }) => r.code)).toEqual(['SCENARIO_YEAR', 'ROUND_OF_TMT']);
    expect(d.reasons[0].message.id).toContain('1 Januari 2027');
    // The demo's election windows ended in 2025: every check passes.
    expect(d.checks.filter((c: { status: string }) => c.status !== 'PASS')).toEqual([]);
    // The plan's people already in the demo's open round, each with that proposal's number.
    expect(new Set(d.busy.map((b: { nip: string }) => b.nip))).toEqual(
      new Set(planMoves.filter((m) => busy.has(m.nip)).map((m) => m.nip)),
    );
  });

  it('checks the values the form considers: a TMT too soon, not a 1st, in an election window', async () => {
    const soon = await ok('GET', `/plans/${planId}/proposal-defaults?tmt=2026-12-10`, 'operator');
    const block = soon.checks.find((c: { status: string }) => c.status === 'BLOCK');
    expect(block).toMatchObject({ code: 'TMT_AFTER_OBJECTION_WINDOW', field: 'tmt' });
    expect(block.message.id).toContain('13 Desember 2026');
    const odd = await ok(
      'GET',
      `/plans/${planId}/proposal-defaults?tmt=2027-01-04&round=2026-II`,
      'operator',
    );
    const status = Object.fromEntries(
      odd.checks.map((c: { code: string; status: string }) => [c.code, c.status]),
    );
    expect(status).toMatchObject({ TMT_FIRST_OF_MONTH: 'WARN', ROUND_OF_TMT: 'WARN' });
    // A Pasal 162(3) window from 1 January 2027 (an inauguration): the SK needs the Minister's approval.
    await setSetting(t.ctx.db, instansiId, 'eligibility.electionWindows', [
      {
        id: 'UJI-162-3',
        type: 'PASCA_PELANTIKAN',
        start: '2027-01-01',
        end: '2027-07-01',
        legalBasis: 'UU 10/2016 Pasal 162 ayat (3)',
        appliesToPositionKinds: null,
      },
    ]);
    try {
      const d = await ok('GET', `/plans/${planId}/proposal-defaults`, 'operator');
      const election = d.checks.find((c: { code: string }) => c.code === 'ELECTION_WINDOW');
      expect(election).toMatchObject({ status: 'WARN', field: 'tmt' });
      expect(election.message.id).toContain('Mendagri');
    } finally {
      await setSetting(t.ctx.db, instansiId, 'eligibility.electionWindows', null);
    }
  });

  it('refuses a TMT without room for the objection window and a malformed round (400 on the field)', async () => {
    const before = await auditTotal();
    const soon = await propose([free()[0]!.nip], { tmt: '2026-12-01' });
    expect(soon.statusCode).toBe(400);
    expect(soon.json().error).toMatchObject({ field: 'tmt', rule: 'TMT_AFTER_OBJECTION_WINDOW' });
    expect(soon.json().error.messages.id).toContain('13 Desember 2026');
    const round = await propose([free()[0]!.nip], { round: '2027' });
    expect(round.statusCode).toBe(400);
    expect(round.json().error).toMatchObject({ field: 'round', rule: 'ROUND_FORMAT' });
    expect(await auditTotal()).toBe(before);
  });

  let fromPlan: Json;

  it('proposes a chosen subset of the moves with the round, TMT and title of the form', async () => {
    const chosen = free().slice(0, 3);
    const res = await propose(
      chosen.map((m) => m.nip),
      { title: 'Mutasi pengisian formasi semester I 2027' },
    );
    expect(res.statusCode, res.body).toBe(201);
    fromPlan = res.json();
    take(chosen.map((m) => m.nip));
    expect(fromPlan).toMatchObject({
      state: 'DRAFT',
      planId,
      round: '2027-I',
      tmt: '2027-01-01',
      title: 'Mutasi pengisian formasi semester I 2027',
    });
    expect(fromPlan.items.map((i: Item) => i.nip)).toEqual(chosen.map((m) => m.nip));
    // Judged on the chosen TMT from the start; the plan's moves are eligible.
    for (const i of fromPlan.items as Item[]) {
      expect(i.eligibility).toMatchObject({
        status: expect.stringMatching(/^ELIGIBLE/),
        checkedOn: '2026-11-28',
      });
    }
  });

  it('refuses a second proposal of the same moves with 409 naming the open proposal, writing nothing', async () => {
    const before = { audit: await auditTotal(), proposals: await proposalCount() };
    const nips = fromPlan.items.map((i: Item) => i.nip);
    const again = await propose(nips);
    expect(again.statusCode).toBe(409);
    const error = again.json().error;
    expect(error).toMatchObject({
      code: 'CONFLICT',
      rule: 'ONE_OPEN_PROPOSAL_PER_PERSON',
      field: 'items.0.nip',
    });
    expect(error.messages.id).toContain(fromPlan.number);
    expect(error.messages.id).toContain('sudah tercantum dalam usulan lain yang masih berjalan');
    expect(error.issues.map((i: Issue) => [i.field, i.value])).toEqual(
      nips.map((n: string, i: number) => [`items.${i}.nip`, n]),
    );
    // The whole plan again: refused, naming the proposal just made among those holding its people.
    const all = await propose(undefined);
    expect(all.statusCode).toBe(409);
    expect(all.json().error.messages.id).toContain(fromPlan.number);
    expect({ audit: await auditTotal(), proposals: await proposalCount() }).toEqual(before);
    // The form learns the same from the defaults: these people are busy in that proposal.
    const d = await ok('GET', `/plans/${planId}/proposal-defaults`, 'operator');
    for (const nip of nips) {
      expect(d.busy).toContainEqual({ nip, proposalId: fromPlan.id, proposalNumber: fromPlan.number });
    }
  });

  it('refuses draft edits without a session, to other roles, and with nothing to change', async () => {
    const url = `/proposals/${fromPlan.id}/draft`;
    expect(
      (await call('POST', url, undefined, { version: fromPlan.version, title: 'Judul baru' })).statusCode,
    ).toBe(401);
    expect(
      (await call('POST', url, 'tpk', { version: fromPlan.version, title: 'Judul baru' })).statusCode,
    ).toBe(403);
    const nothing = await call('POST', url, 'operator', { version: fromPlan.version, title: fromPlan.title });
    expect(nothing.statusCode).toBe(400);
    expect(nothing.json().error.rule).toBe('SOMETHING_CHANGED');
  });

  it('changes the TMT and judges every move again on it: 23 months in post blocks, 24 passes', async () => {
    const first = fromPlan.items[0] as Item;
    const employeeId = planMoves.find((m) => m.nip === first.nip)!.employeeId;
    // In post since 15 January 2025: 23 whole months on 1 January 2027, 24 on 1 February 2027.
    await t.ctx.db
      .updateTable('position_assignments')
      .set({ start_date: '2025-01-15' })
      .where('employee_id', '=', employeeId)
      .where('end_date', 'is', null)
      .execute();
    await t.ctx.db
      .updateTable('employees')
      .set({ current_position_since: '2025-01-15' })
      .where('id', '=', employeeId)
      .execute();
    const tenureOf = (p: Json) =>
      (p.items as Item[])
        .find((i) => i.nip === first.nip)!
        .eligibility.results.find((r: { code: string }) => r.code === 'R-TENURE-MIN');

    const before = await auditTotal();
    let p = await ok('POST', `/proposals/${fromPlan.id}/draft`, 'operator', {
      version: fromPlan.version,
      tmt: '2027-02-01',
      title: 'Mutasi pengisian formasi Februari 2027',
    });
    expect(p).toMatchObject({ version: fromPlan.version + 1, tmt: '2027-02-01', round: '2027-I' });
    expect(p.title).toBe('Mutasi pengisian formasi Februari 2027');
    expect(tenureOf(p)).toMatchObject({ status: 'PASS', evidence: { tenureMonths: 24 } });
    for (const i of p.items as Item[]) expect(i.eligibility.checkedOn).toBe('2026-11-28');
    expect(await auditTotal()).toBe(before + 1);
    const entry = await lastAudit();
    expect(entry).toMatchObject({ action: 'proposal.update', entityId: fromPlan.number });
    expect(entry.before).toMatchObject({ tmt: '2027-01-01', title: fromPlan.title });
    expect(entry.after).toMatchObject({ tmt: '2027-02-01', eligibilityOn: '2027-02-01' });

    p = await ok('POST', `/proposals/${fromPlan.id}/draft`, 'operator', {
      version: p.version,
      tmt: '2027-01-01',
    });
    expect(tenureOf(p)).toMatchObject({ status: 'BLOCK', evidence: { tenureMonths: 23 } });
    expect((p.items as Item[]).find((i) => i.nip === first.nip)!.eligibility.status).toBe('BLOCKED');
    fromPlan = p;
  });

  it('refuses a stale version (409) and a TMT too soon (400), writing nothing', async () => {
    const before = await auditTotal();
    const stale = await call('POST', `/proposals/${fromPlan.id}/draft`, 'operator', {
      version: fromPlan.version - 1,
      title: 'Judul dari tab lama',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'VERSION_CONFLICT', field: 'version' });
    const soon = await call('POST', `/proposals/${fromPlan.id}/draft`, 'operator', {
      version: fromPlan.version,
      tmt: '2026-12-01',
    });
    expect(soon.statusCode).toBe(400);
    expect(soon.json().error).toMatchObject({ field: 'tmt', rule: 'TMT_AFTER_OBJECTION_WINDOW' });
    const round = await call('POST', `/proposals/${fromPlan.id}/draft`, 'operator', {
      version: fromPlan.version,
      round: 'II-2027',
    });
    expect(round.statusCode).toBe(400);
    expect(round.json().error).toMatchObject({ field: 'round', rule: 'ROUND_FORMAT' });
    const staleRemove = await call(
      'POST',
      `/proposals/${fromPlan.id}/items/${fromPlan.items[0].id}/remove`,
      'operator',
      { version: fromPlan.version - 1 },
    );
    expect(staleRemove.statusCode).toBe(409);
    const now = await ok('GET', `/proposals/${fromPlan.id}`, 'operator');
    expect(now).toMatchObject({ version: fromPlan.version, tmt: fromPlan.tmt, title: fromPlan.title });
    expect(now.items).toHaveLength(3);
    expect(await auditTotal()).toBe(before);
  });

  it('gives the draft form the checks of the values being typed', async () => {
    const s = await ok('GET', `/proposals/${fromPlan.id}/schedule?tmt=2027-02-03`, 'operator');
    expect(s).toMatchObject({ round: '2027-I', tmt: '2027-02-03', earliestTmt: '2026-12-13' });
    const status = Object.fromEntries(
      s.checks.map((c: { code: string; status: string }) => [c.code, c.status]),
    );
    expect(status).toMatchObject({ TMT_FIRST_OF_MONTH: 'WARN', TMT_FROM_PLAN_DATE: 'PASS' });
  });

  it('removes a move, adds moves from its plan and by hand, each judged on the TMT and audited', async () => {
    const before = await auditTotal();
    const removed = fromPlan.items[2] as Item;
    let p = await ok('POST', `/proposals/${fromPlan.id}/items/${removed.id}/remove`, 'operator', {
      version: fromPlan.version,
    });
    expect(p.items.map((i: Item) => i.nip)).not.toContain(removed.nip);
    busy.delete(removed.nip);
    expect(await lastAudit()).toMatchObject({
      action: 'proposal.items.remove',
      before: { nip: removed.nip },
    });

    // From the plan: the plan's reason and explanation come with it.
    const extra = free()[0]!;
    p = await ok('POST', `/proposals/${fromPlan.id}/plan-moves`, 'operator', {
      version: p.version,
      nips: [extra.nip],
    });
    take([extra.nip]);
    const added = (p.items as Item[]).find((i) => i.nip === extra.nip)!;
    expect(added.reason).toMatch(/^Rekomendasi rencana mutasi Pengisian formasi kosong 2027 v\d+$/);
    expect(added.explanation).not.toBeNull();
    expect(added.eligibility.checkedOn).toBe('2026-11-28');
    expect(await lastAudit()).toMatchObject({ action: 'proposal.items.add', after: { fromPlan: planId } });

    // By hand: a move the rules allow on the TMT, found the way the demo finds them.
    const hand = await handMove();
    p = await ok('POST', `/proposals/${fromPlan.id}/items`, 'operator', {
      version: p.version,
      items: [handItem(hand)],
    });
    take([hand.nip]);
    const byHand = (p.items as Item[]).find((i) => i.nip === hand.nip)!;
    expect(byHand.eligibility.status).toMatch(/^ELIGIBLE/);
    expect(byHand.eligibility.checkedOn).toBe('2026-11-28');
    expect(await auditTotal()).toBe(before + 3);
    fromPlan = p;
  });

  it('refuses to add a person who is in another open proposal, naming it', async () => {
    const other = free().slice(0, 1);
    const second = await propose(other.map((m) => m.nip));
    expect(second.statusCode, second.body).toBe(201);
    take(other.map((m) => m.nip));
    const res = await call('POST', `/proposals/${fromPlan.id}/plan-moves`, 'operator', {
      version: fromPlan.version,
      nips: [other[0]!.nip],
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.messages.id).toContain(second.json().number);
  });

  it('refuses plan moves for a proposal made by hand', async () => {
    const hand = await handMove();
    const made = await ok('POST', '/proposals', 'operator', {
      title: 'Mutasi manual',
      round: '2027-I',
      tmt: '2027-01-01',
      items: [handItem(hand)],
    });
    take([hand.nip]);
    const res = await call('POST', `/proposals/${made.id}/plan-moves`, 'operator', {
      version: made.version,
      nips: [free()[0]!.nip],
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.rule).toBe('PROPOSAL_FROM_PLAN');
  });

  it('refuses every edit once submitted, and allows them again when returned for revision', async () => {
    const submitted = await ok('POST', `/proposals/${fromPlan.id}/submit`, 'operator', {
      version: fromPlan.version,
    });
    const before = await auditTotal();
    const edits: [string, Body][] = [
      ['draft', { title: 'Judul sesudah diajukan' }],
      ['plan-moves', { nips: [free()[0]!.nip] }],
      [`items/${submitted.items[0].id}/remove`, {}],
    ];
    for (const [path, body] of edits) {
      const res = await call('POST', `/proposals/${fromPlan.id}/${path}`, 'operator', {
        version: submitted.version,
        ...body,
      });
      expect(res.statusCode, path).toBe(409);
      expect(res.json().error, path).toMatchObject({ code: 'WORKFLOW_WRONG_STATE', rule: 'DRAFT_EDITABLE' });
      expect(res.json().error.messages.id, path).toContain('dikembalikan');
    }
    expect(await auditTotal()).toBe(before);
    const returned = await ok('POST', `/proposals/${fromPlan.id}/return`, 'kepala.bkpsdm', {
      version: submitted.version,
      reason: 'TMT perlu ditinjau kembali',
    });
    expect(returned.state).toBe('RETURNED');
    const revised = await ok('POST', `/proposals/${fromPlan.id}/draft`, 'operator', {
      version: returned.version,
      tmt: '2027-03-01',
    });
    expect(revised).toMatchObject({ state: 'RETURNED', tmt: '2027-03-01', version: returned.version + 1 });
  });
});
