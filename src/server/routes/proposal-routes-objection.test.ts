import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, FIXED_NOW, type TestApp } from '../../../test/support/test-app.js';
import type { LocalDate } from '../../core/model/local-date.js';
import { findEligibleMoves } from '../../services/process/find-eligible-moves.js';
import { takeDueEffects } from '../../services/process/take-due-effects.js';

/** An upheld objection keeps an announced SK from taking effect, by the API and by the command. */
let t: TestApp;
const cookies: Record<string, string> = {};
let clock = FIXED_NOW;

type Body = Record<string, unknown>;
const call = (method: 'GET' | 'POST', url: string, who: string, payload?: Body) =>
  t.app.inject({
    method,
    url: `/api${url}`,
    headers: { cookie: cookies[who]! },
    ...(payload ? { payload } : {}),
  });
const ok = async (method: 'GET' | 'POST', url: string, who: string, payload?: Body) => {
  const res = await call(method, url, who, payload);
  expect(res.statusCode, `${method} ${url} as ${who}: ${res.body}`).toBeLessThan(300);
  return res.json();
};
const step = async (id: number, verb: string, who: string) => {
  const p = await ok('GET', `/proposals/${id}`, who);
  return ok('POST', `/proposals/${id}/${verb}`, who, { version: p.version });
};
const signInAll = async () => {
  for (const u of ['operator', 'kepala.bkpsdm', 'tpk', 'tpk2', 'tpk3', 'walikota', 'auditor'])
    cookies[u] = await t.signIn(u);
};
/** The demo board's chair, secretary and member decide the proposal's one move: agreed. */
const holdBoardSession = async (id: number, number: string) => {
  const options = (await ok('GET', '/board-sessions/member-options', 'tpk')).items as {
    userId: number;
    username: string;
  }[];
  const user = (username: string) => options.find((o) => o.username === username)!.userId;
  let s = await ok('POST', '/board-sessions', 'tpk', {
    number,
    heldOn: '2026-11-28',
    place: 'Ruang Rapat Sekretariat Daerah',
    members: [
      { userId: user('tpk'), role: 'KETUA' },
      { userId: user('tpk2'), role: 'SEKRETARIS' },
      { userId: user('tpk3'), role: 'ANGGOTA' },
    ],
    proposalIds: [id],
  });
  s = await ok('POST', `/board-sessions/${s.id}/attendance`, 'tpk', {
    version: s.version,
    attendance: s.members.map((m: { id: number }) => ({ memberId: m.id, present: true })),
  });
  for (const member of ['tpk', 'tpk2', 'tpk3'])
    s = await ok('POST', `/board-sessions/${s.id}/declarations`, member, { mode: 'AGENDA', conflicts: [] });
  await ok('POST', `/board-sessions/${s.id}/decisions`, 'tpk', { version: s.version });
};

beforeAll(async () => {
  t = await createTestApp();
  (t.ctx as { now: () => Date }).now = () => clock;
  await signInAll();
}, 60_000);
afterAll(() => t.close());

describe('take effect after an upheld objection', () => {
  it('is refused with OBJECTION_UPHELD (409) and writes nothing, whatever the date', async () => {
    const instansiId = (await ok('GET', '/auth/me', 'operator')).instansiId;
    const busy = (await t.ctx.db.selectFrom('proposal_items').select('employee_id').execute()).map(
      (r) => r.employee_id,
    );
    const [move] = await findEligibleMoves(t.ctx, instansiId, '2026-11-28' as LocalDate, 1, busy, [
      '2026-12-14' as LocalDate,
    ]);
    const draft = await ok('POST', '/proposals', 'operator', {
      title: 'Mutasi uji sanggahan',
      round: '2026-SANGGAH',
      tmt: '2026-12-14',
      items: [
        {
          nip: move!.nip,
          toPositionId: move!.toPositionId,
          reason: 'Kebutuhan organisasi',
          legalGround: 'PP 11/2017 Pasal 190',
        },
      ],
    });
    const id = draft.id as number;
    await step(id, 'submit', 'operator');
    await step(id, 'verify', 'kepala.bkpsdm');
    await holdBoardSession(id, 'TPK/UJI/SANGGAH');
    await step(id, 'review', 'tpk');
    await step(id, 'approve', 'walikota');
    await step(id, 'issue-sk', 'operator');
    await step(id, 'sign-sk', 'walikota');
    await step(id, 'announce', 'operator');
    const objected = await ok('POST', `/proposals/${id}/objections`, 'operator', {
      nip: move!.nip,
      text: 'Formasi tujuan sudah terisi sejak bulan lalu',
    });
    const objection = objected.objections[0];
    await ok('POST', `/proposals/${id}/objections/${objection.id}/decision`, 'walikota', {
      version: objection.version,
      decision: 'UPHELD',
      reason: 'Formasi tujuan memang sudah terisi',
    });

    // Past the window and the TMT: nothing else stands in the way but the upheld objection.
    clock = new Date('2026-12-20T03:00:00Z');
    await signInAll();
    const due = await ok('GET', `/proposals/${id}`, 'operator');
    const positionOf = async () =>
      (
        await t.ctx.db
          .selectFrom('employees')
          .select('current_position_id')
          .where('nip', '=', move!.nip)
          .executeTakeFirstOrThrow()
      ).current_position_id;
    const positionBefore = await positionOf();
    expect(positionBefore).not.toBe(move!.toPositionId);
    const auditBefore = (await ok('GET', '/audit?pageSize=1', 'auditor')).total;
    const refused = await call('POST', `/proposals/${id}/take-effect`, 'operator', { version: due.version });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: 'CONFLICT',
      field: 'objections',
      rule: 'OBJECTION_UPHELD',
      messages: { id: expect.stringContaining('sanggahan'), en: expect.stringContaining('objection') },
    });
    const principal = { userId: 0, instansiId, role: 'BKPSDM_HEAD' } as const;
    expect(await takeDueEffects(t.ctx, principal, '2026-12-20' as LocalDate)).toContainEqual(
      expect.objectContaining({ number: due.number, outcome: 'REFUSED', code: 'CONFLICT' }),
    );

    const after = await ok('GET', `/proposals/${id}`, 'operator');
    expect(after).toMatchObject({ state: 'ANNOUNCED', version: due.version });
    expect((await ok('GET', '/audit?pageSize=1', 'auditor')).total).toBe(auditBefore);
    expect(await positionOf()).toBe(positionBefore);
  }, 60_000);
});
