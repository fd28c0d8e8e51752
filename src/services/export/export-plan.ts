import { DomainError } from '../../core/errors.js';
import { SCORE_COMPONENT_LABELS } from '../../core/matching/policy.js';
import { golonganLabel } from '../../core/model/golongan.js';
import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import type { Plan, PlanMove, PlanReasonCode } from '../../core/solver/plan/plan-types.js';
import type { ExportColumn, ExportTable } from '../../documents/export/export-table.js';
import { loadCurrentGolongan } from '../../store/repositories/employee-golongan.js';
import type { AppContext } from '../app-context.js';
import { getPlan, type PlaceLabels, type PlanWithRun } from '../planning/get-plan.js';

export interface PlanExportFilter {
  readonly planId: number;
}

interface PlanExportRow {
  readonly move: PlanMove;
  readonly golongan: string | null;
  readonly labels: PlaceLabels;
}

/** Indonesian labels of the reasons a move is in the plan (the file is for Indonesian readers). */
export const PLAN_REASON_LABELS: Readonly<Record<PlanReasonCode, string>> = {
  FORCED_ROTATION: 'Rotasi wajib (5 tahun atau lebih di jabatan)',
  FILLS_VACANCY: 'Mengisi jabatan lowong',
  FILLS_VACATED_SEAT: 'Mengisi jabatan yang ditinggalkan',
  PLACEMENT: 'Penempatan pegawai tanpa jabatan',
  BETTER_FIT: 'Kesesuaian lebih baik',
  MAKES_ROOM: 'Memberi ruang bagi rencana',
};

const round2 = (n: number) => Math.round(n * 100) / 100;
const positionName = (l: PlaceLabels, id: number | null) =>
  id === null ? null : (l.positions.get(id)?.name ?? `#${id}`);
const unitName = (l: PlaceLabels, id: number | null) => (id === null ? null : (l.units.get(id) ?? `#${id}`));

/** The three largest components as `label: value x weight = contribution`. */
function topComponents(move: PlanMove): string {
  return [...move.explanation.components]
    .sort((a, b) => b.contribution - a.contribution)
    .slice(0, 3)
    .map(
      (c) =>
        `${SCORE_COMPONENT_LABELS[c.component].id}: ${round2(c.value)} x ${round2(c.weight)} = ${round2(c.contribution)}`,
    )
    .join('; ');
}

function rulesWith(move: PlanMove, status: 'BLOCK' | 'WARN'): string | null {
  const codes = move.explanation.ruleResults.filter((r) => r.status === status).map((r) => r.code);
  return codes.length === 0 ? null : codes.join(', ');
}

export const PLAN_EXPORT_COLUMNS: readonly ExportColumn<PlanExportRow>[] = [
  { header: 'RANTAI', type: 'number', value: (r) => r.move.chainId },
  { header: 'URUTAN', type: 'number', value: (r) => r.move.chainOrder },
  { header: 'NIP', type: 'text', value: (r) => r.move.nip, width: 21 },
  { header: 'NAMA', type: 'text', value: (r) => r.move.name, width: 30 },
  { header: 'GOLONGAN', type: 'text', value: (r) => r.golongan },
  {
    header: 'JABATAN ASAL',
    type: 'text',
    value: (r) => positionName(r.labels, r.move.fromPositionId),
    width: 30,
  },
  { header: 'UNIT KERJA ASAL', type: 'text', value: (r) => unitName(r.labels, r.move.fromUnitId), width: 30 },
  {
    header: 'JABATAN TUJUAN',
    type: 'text',
    value: (r) => positionName(r.labels, r.move.toPositionId),
    width: 30,
  },
  { header: 'UNIT KERJA TUJUAN', type: 'text', value: (r) => unitName(r.labels, r.move.toUnitId), width: 30 },
  { header: 'KESESUAIAN SEBELUM', type: 'number', value: (r) => r.move.fitBefore },
  { header: 'KESESUAIAN SESUDAH', type: 'number', value: (r) => r.move.fitAfter },
  {
    header: 'PERUBAHAN KESESUAIAN',
    type: 'number',
    value: (r) => round2(r.move.fitAfter - (r.move.fitBefore ?? 0)),
  },
  {
    header: 'ALASAN',
    type: 'text',
    value: (r) => r.move.explanation.reasons.map((c) => PLAN_REASON_LABELS[c]).join('; '),
    width: 40,
  },
  {
    header: 'KOMPONEN UTAMA (NILAI x BOBOT = KONTRIBUSI)',
    type: 'text',
    value: (r) => topComponents(r.move),
    width: 60,
  },
  { header: 'ATURAN MENGHALANGI', type: 'text', value: (r) => rulesWith(r.move, 'BLOCK') },
  { header: 'ATURAN PERINGATAN', type: 'text', value: (r) => rulesWith(r.move, 'WARN') },
  {
    header: 'NIP ALTERNATIF TERBAIK',
    type: 'text',
    value: (r) => r.move.explanation.bestAlternative?.nip ?? null,
    width: 21,
  },
  {
    header: 'SELISIH DENGAN ALTERNATIF',
    type: 'number',
    value: (r) => r.move.explanation.bestAlternative?.difference ?? null,
  },
];

/**
 * The plan of a run, refused like `GET /plans/{id}`: 403 without plan.view, 404 for an unknown run,
 * 409 when the run has no plan (not SUCCEEDED). Called before the first byte of a download, so a
 * refusal is an HTTP error and not a broken file.
 */
export async function succeededPlan(
  ctx: AppContext,
  principal: Principal,
  planId: number,
): Promise<PlanWithRun & { readonly outcome: Plan }> {
  const found = await getPlan(ctx, principal, planId, 'planId');
  if (found.outcome?.status !== 'OPTIMAL') {
    throw new DomainError(
      'CONFLICT',
      {
        id: `Rencana #${planId} belum berhasil dihitung (${found.run.state}); hanya rencana yang berhasil dapat diekspor`,
        en: `Plan #${planId} has no plan (${found.run.state}); only succeeded plans can be exported`,
      },
      { field: 'planId', value: planId, rule: 'PLAN_SUCCEEDED' },
    );
  }
  return found as PlanWithRun & { readonly outcome: Plan };
}

/** What a download checks before its first byte: data.export (BKPSDM), then the plan itself. */
export async function checkPlanExport(ctx: AppContext, principal: Principal, planId: number): Promise<void> {
  authorize(principal, 'data.export', { type: 'instansi', instansiId: principal.instansiId });
  await succeededPlan(ctx, principal, planId);
}

/** The plan's totals and certificate, for the summary sheet of the XLSX (CSV has one table only). */
function planSummary(found: PlanWithRun & { readonly outcome: Plan }): [string, string | number][] {
  const t = found.outcome.totals;
  return [
    ['Rencana', `#${found.run.id} ${found.scenarioName}`],
    ['Tanggal rencana', found.outcome.asOf],
    ['Jumlah mutasi', t.moves],
    ['Jumlah penempatan', t.placements],
    ['Total kesesuaian sebelum', round2(t.fitBefore)],
    ['Total kesesuaian sesudah', round2(t.fitAfter)],
    ['Kursi lowong sebelum', t.unfilledSeatsBefore],
    ['Kursi lowong sesudah', t.unfilledSeatsAfter],
    ['Rotasi tertunda yang dipertahankan', t.rotationOverdueKept],
    ['Sertifikat optimalitas', found.outcome.provenOptimal ? 'TERBUKTI OPTIMAL' : 'TIDAK TERBUKTI'],
  ];
}

async function golonganById(ctx: AppContext, instansiId: number, ids: readonly number[]) {
  const codes = await loadCurrentGolongan(ctx.db, instansiId, ids);
  return new Map([...codes].map(([id, code]) => [id, golonganLabel(code)]));
}

/** One row per move of a succeeded plan, chain by chain in chain order; totals on a second sheet. */
export function planExport(
  ctx: AppContext,
  principal: Principal,
  filter: PlanExportFilter,
): ExportTable<PlanExportRow> {
  let summary: [string, string | number][] = [];
  async function* rows(): AsyncGenerator<PlanExportRow> {
    const found = await succeededPlan(ctx, principal, filter.planId);
    summary = planSummary(found);
    const moves = [...found.outcome.moves].sort(
      (a, b) => a.chainId - b.chainId || a.chainOrder - b.chainOrder,
    );
    const golongan = await golonganById(
      ctx,
      principal.instansiId,
      moves.map((m) => m.employeeId),
    );
    for (const move of moves) {
      yield { move, golongan: golongan.get(move.employeeId) ?? null, labels: found.labels };
    }
  }
  return {
    sheetName: 'Rencana Mutasi',
    columns: PLAN_EXPORT_COLUMNS,
    rows: rows(),
    summary: { sheetName: 'Ringkasan', rows: () => summary },
  };
}
