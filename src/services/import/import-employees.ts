import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import type { ColumnMapping } from '../../documents/import/headers.js';
import { employeeTable } from '../../documents/import/kinds/employee-rows.js';
import {
  EmployeeRowMerger,
  type ImportedEmployee,
} from '../../documents/import/kinds/merge-employee-rows.js';
import { hasErrors, type ImportProblem, problem } from '../../documents/import/problem.js';
import { appendAudit } from '../../store/repositories/audit.js';
import { loadExistingEmployees } from '../../store/repositories/import-employee-snapshot.js';
import { insertEmployees } from '../../store/repositories/insert-employees.js';
import { type AppContext, today } from '../app-context.js';
import { actorId, type CallMeta } from '../evaluation/evaluation-access.js';
import { type ProgressListener, progressTracker } from './import-progress.js';
import { type ImportReport, sortProblems } from './import-report.js';
import { loadOrganisation } from './organisation-lookup.js';
import {
  draftOf,
  type EmployeeUpdate,
  isNoChange,
  planEmployeeUpdate,
  type ResolvedPost,
} from './plan-employee-changes.js';
import { type ImportFile, readImportFile } from './read-import-file.js';
import { resolvePost } from './resolve-post.js';
import { writeEmployeeUpdates } from './write-employee-updates.js';

export interface ImportOptions {
  readonly dryRun: boolean;
  readonly mapping?: ColumnMapping | undefined;
  readonly onProgress?: ProgressListener | undefined;
}

/**
 * Imports employees with their rank, post and education histories from a CSV or XLSX file.
 * Every row is validated (core rules: NIP, golongan, dates) and every reference resolved before
 * anything is written; with any error, or on a dry run, nothing is written and the report names
 * each problem by row and column. Otherwise one transaction creates the new people (bulk insert),
 * updates the changed ones by NIP (each audited with before and after) and leaves the unchanged
 * alone: re-importing a file changes nothing and writes no audit entry.
 */
export async function importEmployees(
  ctx: AppContext,
  principal: Principal,
  file: ImportFile,
  options: ImportOptions,
  meta: CallMeta,
): Promise<ImportReport> {
  authorize(principal, 'data.import', { type: 'instansi', instansiId: principal.instansiId });
  const instansiId = principal.instansiId;
  const merger = new EmployeeRowMerger();
  const read = await readImportFile(file, employeeTable(today(ctx, principal.instansiId)), options, (row) =>
    merger.add(row),
  );
  const problems: ImportProblem[] = read.problems;
  const org = await loadOrganisation(ctx.db, instansiId);
  const people: { e: ImportedEmployee; posts: ResolvedPost[] }[] = [];
  // Resolved codes as stored: the write looks each one up again, 200,000 times for a big file.
  const positionIdByCode = new Map<string, number>();
  for (const e of merger.employees()) {
    const posts: ResolvedPost[] = [];
    for (const post of e.posts) {
      const found = resolvePost(post, org);
      if ('severity' in found) problems.push(found);
      else {
        const same = posts.find((p) => p.startDate === post.tmt);
        positionIdByCode.set(found.code, found.id);
        if (!same) posts.push({ positionId: found.id, positionCode: found.code, startDate: post.tmt });
        else if (same.positionId !== found.id) problems.push(postConflict(post.row, post.tmt));
      }
    }
    people.push({ e, posts });
  }

  const report = (committed: boolean, written: ImportReport['written']): ImportReport => ({
    kind: 'employees',
    fileName: file.name,
    sha256: read.sha256,
    format: read.format,
    sheet: read.sheet,
    headerRow: read.headerRow,
    dryRun: options.dryRun,
    ok: !hasErrors(problems),
    committed,
    rows: read.rows,
    written,
    problems: sortProblems(problems),
  });
  if (hasErrors(problems)) return report(false, { created: 0, updated: 0, unchanged: 0 });

  const plan = async (db: typeof ctx.db) => {
    const existing = await loadExistingEmployees(
      db,
      instansiId,
      people.map((p) => p.e.identity.nip),
    );
    const creates = people.filter((p) => !existing.has(p.e.identity.nip)).map((p) => draftOf(p.e, p.posts));
    const updates: EmployeeUpdate[] = [];
    for (const p of people) {
      const stored = existing.get(p.e.identity.nip);
      if (!stored) continue;
      const u = planEmployeeUpdate(p.e, p.posts, stored);
      if (!isNoChange(u)) updates.push(u);
    }
    return { creates, updates, unchanged: people.length - creates.length - updates.length };
  };
  if (options.dryRun) {
    const p = await plan(ctx.db);
    return report(false, { created: p.creates.length, updated: p.updates.length, unchanged: p.unchanged });
  }
  const written = await ctx.db.transaction().execute(async (trx) => {
    const p = await plan(trx);
    if (p.creates.length + p.updates.length === 0) return p;
    const progress = progressTracker('write', options.onProgress);
    let done = 0;
    const total = p.creates.reduce(
      (n, d) => n + 1 + d.rankHistory.length + d.education.length + d.positionHistory.length,
      0,
    );
    await insertEmployees(
      trx,
      instansiId,
      p.creates,
      (code) => positionIdByCode.get(code)!,
      (n) => {
        done += n;
        progress(done, total > 0 ? done / total : 1);
      },
    );
    const actor = { actorUserId: actorId(principal), actorIp: meta.ip };
    await writeEmployeeUpdates(trx, instansiId, p.updates, { ...actor, fileName: file.name });
    await appendAudit(trx, {
      instansiId,
      ...actor,
      action: 'import.employees',
      entityType: 'import',
      entityId: read.sha256,
      before: null,
      after: {
        fileName: file.name,
        sha256: read.sha256,
        rows: read.rows,
        created: p.creates.length,
        updated: p.updates.length,
      },
    });
    progress(done, 1, true);
    return p;
  });
  return report(true, {
    created: written.creates.length,
    updated: written.updates.length,
    unchanged: written.unchanged,
  });
}

const postConflict = (row: number, tmt: string) =>
  problem(
    { row, column: 'TMT JABATAN' },
    'POST_CONFLICT',
    tmt,
    `Dua jabatan berbeda dengan TMT ${tmt}`,
    `Two different positions with TMT ${tmt}`,
  );
