import { afterAll, beforeAll, expect } from 'vitest';
import { createTestApp, FIXED_NOW, type TestApp } from '../../../test/support/test-app.js';
import type { LocalDate } from '../../core/model/local-date.js';
import { type EligibleMove, findEligibleMoves } from '../../services/process/find-eligible-moves.js';

/**
 * Shared setup of the proposal route suites: one test app per file, its signed-in roles, six
 * eligible moves nobody proposed yet, a clock the tests move, and the API steps they repeat.
 * The bindings below are live: they are set by the hooks `setUpProposalApp` registers.
 */

export let t: TestApp;
export let instansiId: number;
export let moves: EligibleMove[] = [];
const cookies: Record<string, string> = {};
let clock = FIXED_NOW;

/** Moves the clock the app reads through `ctx.now()`. */
export const setClock = (at: Date) => {
  clock = at;
};

export type Body = Record<string, unknown>;
export const call = (method: 'GET' | 'POST', url: string, who?: string, payload?: Body) =>
  t.app.inject({
    method,
    url: `/api${url}`,
    headers: who ? { cookie: cookies[who]! } : {},
    ...(payload ? { payload } : {}),
  });
export const ok = async (method: 'GET' | 'POST', url: string, who: string, payload?: Body) => {
  const res = await call(method, url, who, payload);
  expect(res.statusCode, `${method} ${url} as ${who}: ${res.body}`).toBeLessThan(300);
  return res.json();
};
export const auditTotal = async () => (await ok('GET', '/audit?pageSize=1', 'auditor')).total as number;
export const signInAll = async () => {
  for (const u of [
    'operator',
    'kepala.bkpsdm',
    'tpk',
    'tpk2',
    'tpk3',
    'walikota',
    'pegawai',
    'auditor',
    'kadis.kesehatan',
  ])
    cookies[u] = await t.signIn(u);
};

export const draft = (items: EligibleMove[], who = 'operator', tmt = '2026-12-14', plan: Body = {}) =>
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

export const step = async (id: number, verb: string, who: string, extra: Body = {}) => {
  const p = await ok('GET', `/proposals/${id}`, who);
  return ok('POST', `/proposals/${id}/${verb}`, who, { version: p.version, ...extra });
};

/** The demo's three review board accounts as session members: chair, secretary and member. */
export async function boardMembers() {
  const options = (await ok('GET', '/board-sessions/member-options', 'tpk')).items as {
    userId: number;
    username: string;
  }[];
  const user = (username: string) => options.find((o) => o.username === username)!.userId;
  return [
    { userId: user('tpk'), role: 'KETUA' },
    { userId: user('tpk2'), role: 'SEKRETARIS' },
    { userId: user('tpk3'), role: 'ANGGOTA' },
  ];
}

/**
 * A board session deciding every candidate of the proposal: the chair (tpk) opens it and takes
 * attendance, each member declares "no conflict with anyone" on their own, the chair agrees to all
 * in one decision.
 */
export async function holdBoardSession(id: number, sessionNumber: string) {
  let s = await ok('POST', '/board-sessions', 'tpk', {
    number: sessionNumber,
    heldOn: '2026-11-28',
    place: 'Ruang Rapat Sekretariat Daerah',
    members: await boardMembers(),
    proposalIds: [id],
  });
  s = await ok('POST', `/board-sessions/${s.id}/attendance`, 'tpk', {
    version: s.version,
    attendance: s.members.map((m: { id: number }) => ({ memberId: m.id, present: true })),
  });
  for (const member of ['tpk', 'tpk2', 'tpk3'])
    s = await ok('POST', `/board-sessions/${s.id}/declarations`, member, { mode: 'AGENDA', conflicts: [] });
  return ok('POST', `/board-sessions/${s.id}/decisions`, 'tpk', {
    version: s.version,
    notes: 'Memenuhi syarat',
  });
}

/** Submits, verifies, holds a board session deciding AGREE on every move, reviews and approves. */
export async function toApproved(id: number, sessionNumber: string) {
  await step(id, 'submit', 'operator');
  const verified = await step(id, 'verify', 'kepala.bkpsdm');
  expect(verified.state).toBe('VERIFIED');
  const s = await holdBoardSession(id, sessionNumber);
  await step(id, 'review', 'tpk');
  const approved = await step(id, 'approve', 'walikota');
  expect(approved.state).toBe('APPROVED');
  return s;
}

/** Registers the suite's hooks: a fresh test app with the demo data, every role signed in. */
export function setUpProposalApp(): void {
  beforeAll(async () => {
    t = await createTestApp();
    (t.ctx as { now: () => Date }).now = () => clock;
    await signInAll();
    instansiId = (await ok('GET', '/auth/me', 'operator')).instansiId;
    const busy = (await t.ctx.db.selectFrom('proposal_items').select('employee_id').execute()).map(
      (r) => r.employee_id,
    );
    // Eligible today and on the TMT the drafts use, where verification judges them (DOMAIN.md 15.6).
    moves = await findEligibleMoves(t.ctx, instansiId, '2026-11-28' as LocalDate, 6, busy, [
      '2026-12-14' as LocalDate,
    ]);
    expect(moves.length).toBe(6);
  }, 60_000);
  afterAll(() => t.close());
}
