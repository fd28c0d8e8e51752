import type { Kysely } from 'kysely';
import { fullName } from '../../core/model/employee.js';
import type { LocalDate } from '../../core/model/local-date.js';
import type { PositionKind } from '../../core/model/position.js';
import {
  type AdministrativeOutcome,
  type CommitteeRole,
  type Pasal107Check,
  SELECTION_STAGES,
  type Selection,
  type SelectionCandidate,
  type SelectionKind,
  type SelectionStageName,
  type SelectionStatus,
  type StageStatus,
} from '../../core/selection/selection-model.js';
import type { PostSelection } from '../../core/workflow/jpt-selection-guard.js';
import type { Database } from '../schema.js';

/**
 * Reads of JPT selection records: whole selections (committee, stages, candidates with names) in
 * four queries however many are asked for, and the light facts the SK guard needs.
 */

function groupBy<T extends { selection_id: number }>(rows: readonly T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of rows) {
    const list = out.get(r.selection_id);
    if (list) list.push(r);
    else out.set(r.selection_id, [r]);
  }
  return out;
}

/** Whole selections of an instansi by id or by post, newest first. */
async function loadSelections(
  db: Kysely<Database>,
  instansiId: number,
  by: { ids: readonly number[] } | { positionId: number },
): Promise<Selection[]> {
  const base = db.selectFrom('selections').selectAll().where('instansi_id', '=', instansiId);
  const filtered =
    'ids' in by
      ? base.where('id', 'in', by.ids.length > 0 ? [...by.ids] : [-1])
      : base.where('position_id', '=', by.positionId);
  const rows = await filtered.orderBy('id', 'desc').execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [committee, stages, candidates] = await Promise.all([
    db
      .selectFrom('selection_committee')
      .selectAll()
      .where('selection_id', 'in', ids)
      .orderBy('seq')
      .execute(),
    db.selectFrom('selection_stages').selectAll().where('selection_id', 'in', ids).orderBy('seq').execute(),
    db
      .selectFrom('selection_candidates as c')
      .innerJoin('employees as e', 'e.id', 'c.employee_id')
      .select([
        'c.selection_id',
        'c.employee_id',
        'c.administrative',
        'c.pasal107_json',
        'c.shortlist_rank',
        'e.nip',
        'e.name',
        'e.front_title',
        'e.back_title',
      ])
      .where('c.selection_id', 'in', ids)
      .orderBy('c.id')
      .execute(),
  ]);
  const committeeOf = groupBy(committee);
  const stagesOf = groupBy(stages);
  const candidatesOf = groupBy(candidates);
  return rows.map((r) => ({
    id: r.id,
    instansiId: r.instansi_id,
    positionId: r.position_id,
    kind: r.kind as SelectionKind,
    status: r.status as SelectionStatus,
    committee: (committeeOf.get(r.id) ?? []).map((m) => ({
      name: m.name,
      role: m.member_role as CommitteeRole,
    })),
    stages: SELECTION_STAGES.map((stage) => {
      const s = stagesOf.get(r.id)?.find((x) => x.stage === stage);
      return {
        stage: stage as SelectionStageName,
        status: (s?.status ?? 'PENDING') as StageStatus,
        date: (s?.stage_date ?? null) as LocalDate | null,
      };
    }),
    candidates: (candidatesOf.get(r.id) ?? []).map(
      (c): SelectionCandidate => ({
        employeeId: c.employee_id,
        nip: c.nip,
        name: fullName({ name: c.name, frontTitle: c.front_title, backTitle: c.back_title }),
        administrative: c.administrative as AdministrativeOutcome,
        pasal107: c.pasal107_json === null ? null : (JSON.parse(c.pasal107_json) as Pasal107Check),
        shortlistRank: c.shortlist_rank,
      }),
    ),
    shortlistReason: r.shortlist_reason,
    result:
      r.result_employee_id !== null && r.result_decided_on !== null && r.result_decree_number !== null
        ? {
            employeeId: r.result_employee_id,
            decidedOn: r.result_decided_on as LocalDate,
            decreeNumber: r.result_decree_number,
          }
        : null,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}

/** One selection of the instansi, or null. */
export async function getSelection(
  db: Kysely<Database>,
  instansiId: number,
  id: number,
): Promise<Selection | null> {
  return (await loadSelections(db, instansiId, { ids: [id] }))[0] ?? null;
}

/** Every selection of a post, newest first. */
export async function listSelectionsOfPosition(
  db: Kysely<Database>,
  instansiId: number,
  positionId: number,
): Promise<Selection[]> {
  return loadSelections(db, instansiId, { positionId });
}

/** The id of the post's selection in progress, if any. */
export async function openSelectionOfPosition(
  db: Kysely<Database>,
  instansiId: number,
  positionId: number,
): Promise<number | null> {
  const row = await db
    .selectFrom('selections')
    .select('id')
    .where('instansi_id', '=', instansiId)
    .where('position_id', '=', positionId)
    .where('status', '=', 'IN_PROGRESS')
    .executeTakeFirst();
  return row?.id ?? null;
}

/** The selections of these posts, as the SK guard reads them: one query. */
export async function selectionsOfPositions(
  db: Kysely<Database>,
  instansiId: number,
  positionIds: readonly number[],
): Promise<PostSelection[]> {
  if (positionIds.length === 0) return [];
  const rows = await db
    .selectFrom('selections')
    .select(['id', 'position_id', 'status', 'result_employee_id'])
    .where('instansi_id', '=', instansiId)
    .where('position_id', 'in', [...new Set(positionIds)])
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    selectionId: r.id,
    positionId: r.position_id,
    status: r.status as SelectionStatus,
    chosenEmployeeId: r.result_employee_id,
  }));
}

/** The kind and name of these posts (the guard needs to know which are JPT): one query. */
export async function positionKinds(
  db: Kysely<Database>,
  instansiId: number,
  positionIds: readonly number[],
): Promise<Map<number, { kind: PositionKind; name: string }>> {
  if (positionIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('positions')
    .select(['id', 'kind', 'name'])
    .where('instansi_id', '=', instansiId)
    .where('id', 'in', [...new Set(positionIds)])
    .execute();
  return new Map(rows.map((r) => [r.id, { kind: r.kind as PositionKind, name: r.name }]));
}

/**
 * Ids of the active PNS whose current post is of one of these kinds, held since `since` or earlier,
 * in id order, at most `limit`: the pool a JPT selection draws from (administrators of two years and
 * more, PP 11/2017 Pasal 107), e.g. for the demo.
 */
export async function listHolderIdsOfKinds(
  db: Kysely<Database>,
  instansiId: number,
  kinds: readonly PositionKind[],
  since: LocalDate,
  limit: number,
): Promise<number[]> {
  const rows = await db
    .selectFrom('employees as e')
    .innerJoin('positions as p', 'p.id', 'e.current_position_id')
    .select('e.id')
    .where('e.instansi_id', '=', instansiId)
    .where('e.employment_type', '=', 'PNS')
    .where('e.status', '=', 'ACTIVE')
    .where('e.current_position_since', '<=', since)
    .where('p.kind', 'in', [...kinds])
    .orderBy('e.id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}
