import type { Candidate, Post } from '../../core/matching/index.js';
import { addMonths, type LocalDate } from '../../core/model/local-date.js';
import type { Principal } from '../../core/policies/roles.js';
import { isJptKind, type Pasal107Check } from '../../core/selection/selection-model.js';
import { loadCurrentHolders } from '../../store/repositories/matching-posts.js';
import { countInstansiEmployees } from '../../store/repositories/process-eligible-moves.js';
import { listHolderIdsOfKinds } from '../../store/repositories/selections.js';
import type { AppContext } from '../app-context.js';
import { MAX_EMPLOYEES_FOR_HISTORY } from '../process/seed-process-demo.js';
import { META, on, principalOf } from '../process/seed-process-demo-context.js';
import { createSelection } from './create-selection.js';
import { checkIn, loadPasal107World } from './pasal-107-world.js';
import { recordSelectionResult } from './record-selection-result.js';
import { setSelectionCandidates } from './set-selection-candidates.js';
import { setSelectionShortlist } from './set-selection-shortlist.js';
import { updateSelectionStage } from './update-selection-stage.js';

/** The committee of the demo's selections: fictional people in the offices a panitia seleksi draws on. */
const COMMITTEE = [
  { name: 'Dr. Rahmat Hutagalung, M.Si (Sekretaris Daerah)', role: 'KETUA' },
  { name: 'Drs. Benny Simatupang, M.AP (Kepala BKPSDM)', role: 'SEKRETARIS' },
  { name: 'Prof. Dr. Nurhayati Lubis, M.Pd (akademisi)', role: 'ANGGOTA' },
  { name: 'Ir. Jonner Sihombing, M.T (Inspektur)', role: 'ANGGOTA' },
  { name: 'Dra. Lestari Panggabean, Psikolog (asesor)', role: 'ANGGOTA' },
] as const;

/** The two selections' calendars: one closed in July 2026, one in its competency assessment. */
const DONE_DATES = {
  ANNOUNCEMENT: '2026-05-04',
  ADMINISTRATIVE: '2026-05-18',
  COMPETENCY: '2026-06-08',
  INTERVIEW: '2026-06-22',
  decided: '2026-07-06',
} as const;
const RUNNING_DATES = {
  ANNOUNCEMENT: '2026-10-05',
  ADMINISTRATIVE: '2026-10-19',
  COMPETENCY: '2026-10-26',
} as const;

const ld = (s: string) => s as LocalDate;

/**
 * The demo's JPT selections (issue 13 item 4), made through the same services as the UI so the
 * audit log shows them: an open selection for a vacant JPT post completed in July 2026 (three names
 * to the PPK, the Wali Kota chose the first), and another in its competency assessment. Candidates
 * are real demo administrators who meet PP 11/2017 Pasal 107 for the post on every date of the
 * selection; one who does not is registered and fails the administrative selection, as happens.
 * Returns the selection ids (none when no vacant JPT post has three qualified candidates).
 */
export async function seedSelectionDemo(ctx: AppContext, instansiId: number): Promise<number[]> {
  const n = await countInstansiEmployees(ctx.db, instansiId);
  if (n > MAX_EMPLOYEES_FOR_HISTORY) return [];
  const operator = await principalOf(ctx, 'operator');
  const ppk = await principalOf(ctx, 'walikota');
  const pool = await loadPool(ctx, instansiId);
  const held = new Map((await loadCurrentHolders(ctx.db, instansiId)).map((h) => [h.positionId, h.since]));
  const jpt = pool.posts
    .filter((p) => isJptKind(p.position.grade.kind))
    .sort((a, b) => a.position.id - b.position.id);
  const vacant = jpt.filter((p) => !held.has(p.position.id));
  // A post whose holder reaches the 5-year term (UU 5/2014 Pasal 117) is opened for selection too.
  const termEnds = addMonths(ld(RUNNING_DATES.ANNOUNCEMENT), -60);
  const longHeld = jpt.filter((p) => {
    const since = held.get(p.position.id);
    return since !== undefined && since !== null && since <= termEnds;
  });
  // A person may apply to several selections; the one the PPK chose applies to no other.
  const chosen = new Set<number>();
  const ids: number[] = [];
  const done = pickPost(vacant, pool, chosen, [ld(DONE_DATES.ANNOUNCEMENT), ld(DONE_DATES.decided)]);
  if (done) {
    ids.push(await runCompleted(ctx, operator, ppk, done));
    chosen.add(done.qualified[0]!.employee.id);
  }
  const others = [...vacant, ...longHeld].filter((p) => p !== done?.post);
  const running = pickPost(others, pool, chosen, [
    ld(RUNNING_DATES.ANNOUNCEMENT),
    ld(RUNNING_DATES.COMPETENCY),
  ]);
  if (running) ids.push(await runInProgress(ctx, operator, running));
  return ids;
}

interface Pool {
  readonly posts: readonly Post[];
  readonly people: readonly Candidate[];
  readonly check: (c: Candidate, post: Post, on: LocalDate) => Pasal107Check | null;
}

/**
 * Administrators in post since before the first selection's announcement less two years (R-EXP-JPT
 * asks for two years at that rank), with their career facts: a few dozen people, loaded one by one.
 */
async function loadPool(ctx: AppContext, instansiId: number): Promise<Pool> {
  const since = addMonths(ld(DONE_DATES.ANNOUNCEMENT), -24);
  const ids = await listHolderIdsOfKinds(ctx.db, instansiId, ['ADMINISTRATOR'], since, 60);
  const world = await loadPasal107World(ctx, instansiId, ids);
  return {
    posts: [...world.posts.values()],
    people: ids.flatMap((id) => world.people.get(id) ?? []),
    check: (c, post, on) => checkIn(world, c.employee.id, post.position.id, on),
  };
}

interface Picked {
  readonly post: Post;
  readonly qualified: readonly Candidate[];
  readonly blocked: Candidate | null;
}

/** The first vacant post with three people who meet Pasal 107 on every date, and one who does not. */
function pickPost(
  vacant: readonly Post[],
  pool: Pool,
  used: Set<number>,
  dates: readonly LocalDate[],
): Picked | null {
  for (const post of vacant) {
    const free = pool.people.filter((c) => !used.has(c.employee.id));
    const meets = free.filter((c) => dates.every((on) => pool.check(c, post, on)?.status === 'MEETS'));
    if (meets.length < 3) continue;
    const qualified = meets.slice(0, 4);
    const blocked = free.find((c) => pool.check(c, post, dates[0]!)?.status === 'BLOCKED') ?? null;
    return { post, qualified, blocked };
  }
  return null;
}

const nipOf = (c: Candidate) => c.employee.nip;

async function registerAndCheck(
  ctx: AppContext,
  operator: Principal,
  picked: Picked,
  dates: { ANNOUNCEMENT: string; ADMINISTRATIVE: string },
  adminDone: boolean,
): Promise<{ id: number; version: number }> {
  const opened = await createSelection(
    on(ctx, dates.ANNOUNCEMENT),
    operator,
    { positionId: picked.post.position.id, kind: 'OPEN', committee: COMMITTEE },
    META,
  );
  let v = { id: opened.selection.id, version: opened.selection.version };
  const stage = async (
    at: string,
    stage: 'ANNOUNCEMENT' | 'ADMINISTRATIVE' | 'COMPETENCY' | 'INTERVIEW',
    status: 'IN_PROGRESS' | 'DONE',
  ) => {
    const r = await updateSelectionStage(
      on(ctx, at),
      operator,
      { selectionId: v.id, version: v.version, stage, status, date: ld(at) },
      META,
    );
    v = { id: r.selection.id, version: r.selection.version };
  };
  await stage(dates.ANNOUNCEMENT, 'ANNOUNCEMENT', 'DONE');
  await stage(dates.ADMINISTRATIVE, 'ADMINISTRATIVE', 'IN_PROGRESS');
  const candidates = [
    ...picked.qualified.map((c) => ({ nip: nipOf(c), administrative: 'PASSED' as const })),
    ...(picked.blocked ? [{ nip: nipOf(picked.blocked), administrative: 'FAILED' as const }] : []),
  ];
  const r = await setSelectionCandidates(
    on(ctx, dates.ADMINISTRATIVE),
    operator,
    { selectionId: v.id, version: v.version, candidates },
    META,
  );
  v = { id: r.selection.id, version: r.selection.version };
  if (adminDone) await stage(dates.ADMINISTRATIVE, 'ADMINISTRATIVE', 'DONE');
  return v;
}

async function runCompleted(
  ctx: AppContext,
  operator: Principal,
  ppk: Principal,
  picked: Picked,
): Promise<number> {
  let v = await registerAndCheck(ctx, operator, picked, DONE_DATES, true);
  for (const [at, stage] of [
    [DONE_DATES.COMPETENCY, 'COMPETENCY'],
    [DONE_DATES.INTERVIEW, 'INTERVIEW'],
  ] as const) {
    const r = await updateSelectionStage(
      on(ctx, at),
      operator,
      { selectionId: v.id, version: v.version, stage, status: 'DONE', date: ld(at) },
      META,
    );
    v = { id: r.selection.id, version: r.selection.version };
  }
  const three = picked.qualified.slice(0, 3).map(nipOf);
  const s = await setSelectionShortlist(
    on(ctx, DONE_DATES.INTERVIEW),
    operator,
    { selectionId: v.id, version: v.version, shortlist: three, reason: null },
    META,
  );
  await recordSelectionResult(
    on(ctx, DONE_DATES.decided),
    ppk,
    {
      selectionId: v.id,
      version: s.selection.version,
      nip: three[0]!,
      decidedOn: ld(DONE_DATES.decided),
      decreeNumber: '800.1.3.2/214/BKPSDM/2026',
    },
    META,
  );
  return v.id;
}

async function runInProgress(ctx: AppContext, operator: Principal, picked: Picked): Promise<number> {
  const v = await registerAndCheck(ctx, operator, picked, RUNNING_DATES, true);
  await updateSelectionStage(
    on(ctx, RUNNING_DATES.COMPETENCY),
    operator,
    {
      selectionId: v.id,
      version: v.version,
      stage: 'COMPETENCY',
      status: 'IN_PROGRESS',
      date: ld(RUNNING_DATES.COMPETENCY),
    },
    META,
  );
  return v.id;
}
