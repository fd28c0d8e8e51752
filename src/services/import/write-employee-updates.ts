import type { Transaction } from 'kysely';
import { insertRows } from '../../store/bulk-insert.js';
import { appendAudit } from '../../store/repositories/audit.js';
import { refreshEmployeeCurrent } from '../../store/repositories/employee-current.js';
import {
  closePositionAssignment,
  correctEducationDetails,
  correctRankGolongan,
} from '../../store/repositories/employee-history-corrections.js';
import { updateWithVersion } from '../../store/repositories/update-with-version.js';
import type { Database } from '../../store/schema.js';
import type { EmployeeUpdate } from './plan-employee-changes.js';

const COLUMN: Readonly<Record<string, string>> = {
  name: 'name',
  frontTitle: 'front_title',
  backTitle: 'back_title',
  birthPlace: 'birth_place',
  employmentType: 'employment_type',
  status: 'status',
};

/**
 * Applies the planned changes to stored employees in the caller's transaction: identity under
 * optimistic concurrency (a record edited since it was read aborts the whole import), new history
 * rows in bulk, corrections row by row, the current columns refreshed, and one audit entry per
 * employee with what changed before and after.
 */
export async function writeEmployeeUpdates(
  trx: Transaction<Database>,
  instansiId: number,
  updates: readonly EmployeeUpdate[],
  audit: { readonly actorUserId: number | null; readonly actorIp: string | null; readonly fileName: string },
): Promise<void> {
  if (updates.length === 0) return;
  for (const u of updates) {
    const set: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(u.identity)) set[COLUMN[k]!] = v;
    if (Object.keys(set).length > 0)
      await updateWithVersion(trx, 'employees', u.existing.id, u.existing.version, set);
    for (const r of u.fixRanks) await correctRankGolongan(trx, r.id, r.golongan);
    for (const ed of u.fixEducation) await correctEducationDetails(trx, ed.id, ed);
    for (const p of u.closePosts) await closePositionAssignment(trx, p.id, p.endDate);
  }
  await insertRows(
    trx,
    'employee_rank_history',
    ['instansi_id', 'employee_id', 'golongan', 'tmt', 'sk_number'],
    updates.flatMap((u) => u.addRanks.map((r) => [instansiId, u.existing.id, r.golongan, r.tmt, null])),
  );
  await insertRows(
    trx,
    'employee_education',
    ['instansi_id', 'employee_id', 'level', 'field', 'major', 'institution', 'graduation_year'],
    updates.flatMap((u) =>
      u.addEducation.map((e) => [
        instansiId,
        u.existing.id,
        e.level,
        e.field,
        e.major,
        e.institution,
        e.graduationYear,
      ]),
    ),
  );
  await insertRows(
    trx,
    'position_assignments',
    ['instansi_id', 'employee_id', 'position_id', 'start_date', 'end_date', 'sk_number'],
    updates.flatMap((u) =>
      u.addPosts.map((p) => [instansiId, u.existing.id, p.positionId, p.startDate, p.endDate, null]),
    ),
  );
  await refreshEmployeeCurrent(
    trx,
    instansiId,
    updates.map((u) => u.existing.id),
  );
  for (const u of updates) {
    const before: Record<string, unknown> = {};
    for (const k of Object.keys(u.identity)) before[k] = u.existing[k as keyof typeof u.existing];
    await appendAudit(trx, {
      instansiId,
      actorUserId: audit.actorUserId,
      actorIp: audit.actorIp,
      action: 'employee.import-update',
      entityType: 'employee',
      entityId: u.existing.nip,
      before: {
        ...before,
        ranks: u.fixRanks.length
          ? u.existing.ranks.filter((r) => u.fixRanks.some((f) => f.id === r.id))
          : undefined,
        education: u.fixEducation.length
          ? u.existing.education.filter((e) => u.fixEducation.some((f) => f.id === e.id))
          : undefined,
        openPosts: u.closePosts.length ? u.existing.posts.filter((p) => p.endDate === null) : undefined,
      },
      after: {
        ...u.identity,
        addRanks: u.addRanks.length ? u.addRanks : undefined,
        fixRanks: u.fixRanks.length ? u.fixRanks : undefined,
        addEducation: u.addEducation.length ? u.addEducation : undefined,
        fixEducation: u.fixEducation.length ? u.fixEducation : undefined,
        addPosts: u.addPosts.length ? u.addPosts : undefined,
        closePosts: u.closePosts.length ? u.closePosts : undefined,
        file: audit.fileName,
      },
    });
  }
}
