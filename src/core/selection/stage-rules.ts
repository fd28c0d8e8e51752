import { compareDates, type LocalDate } from '../model/local-date.js';
import {
  isQualified,
  SELECTION_STAGES,
  type Selection,
  type SelectionStage,
  type SelectionStageName,
  type StageStatus,
  shortlistOf,
  stageOf,
} from './selection-model.js';
import {
  accept,
  completedRefusal,
  conflict,
  invalid,
  type SelectionDecision,
  STAGE_NAMES,
} from './selection-refusal.js';

export interface StageUpdate {
  readonly stage: SelectionStageName;
  readonly status: StageStatus;
  /** Required once the stage has started; may be a planned date while PENDING. */
  readonly date: LocalDate | null;
}

const stageOrder = (stage: SelectionStageName, id: string, en: string) =>
  conflict('stage', 'SELECTION_STAGE_ORDER', id, en, stage);

/**
 * Whether a stage of a selection may take a status and date on `asOf`, and the stages after it.
 * Stages go in order: one starts only when every earlier stage is done, and goes back only while
 * every later one is still pending; their dates never go backwards and a stage is not done in the
 * future. The administrative selection is done only when every candidate has an outcome, the
 * assessments start only with a qualified candidate, and the interview stays done once the
 * shortlist is set. RESULT is closed by the PPK's choice ({@link decideResult}), not here.
 * @example
 *   decideStageUpdate(fresh, { stage: 'ADMINISTRATIVE', status: 'IN_PROGRESS', date }, asOf).ok
 *   // false: the announcement is not done (SELECTION_STAGE_ORDER)
 */
export function decideStageUpdate(
  selection: Selection,
  req: StageUpdate,
  asOf: LocalDate,
): SelectionDecision<SelectionStage[]> {
  if (selection.status === 'COMPLETED') return completedRefusal('stage');
  if (req.stage === 'RESULT') {
    return invalid(
      'stage',
      'SELECTION_RESULT_BY_PPK',
      'Tahap penetapan hasil ditutup dengan mencatat pilihan PPK',
      'The result stage is closed by recording the PPK’s choice',
      req.stage,
    );
  }
  if (req.status !== 'PENDING' && req.date === null) {
    return invalid(
      'date',
      'SELECTION_STAGE_DATE_REQUIRED',
      'Tanggal tahap wajib diisi',
      'The stage needs a date',
    );
  }
  if (req.status === 'DONE' && req.date !== null && compareDates(req.date, asOf) > 0) {
    return invalid(
      'date',
      'SELECTION_STAGE_DATE_FUTURE',
      `Tahap belum dapat dinyatakan selesai pada tanggal yang akan datang (${req.date})`,
      `A stage cannot be done on a future date (${req.date})`,
      req.date,
    );
  }
  const index = SELECTION_STAGES.indexOf(req.stage);
  const stages = SELECTION_STAGES.map((name) => stageOf(selection, name));
  const openBefore = stages.slice(0, index).find((s) => s.status !== 'DONE');
  if (req.status !== 'PENDING' && openBefore) {
    const n = STAGE_NAMES[openBefore.stage];
    return stageOrder(
      req.stage,
      `Tahap "${n.id}" belum selesai; tahap berikutnya belum dapat dimulai`,
      `"${n.en}" is not done yet; the next stage cannot start`,
    );
  }
  const startedAfter = stages.slice(index + 1).find((s) => s.status !== 'PENDING');
  if (req.status !== 'DONE' && startedAfter) {
    const n = STAGE_NAMES[startedAfter.stage];
    return stageOrder(
      req.stage,
      `Tahap "${n.id}" sudah dimulai; tahap sebelumnya tidak dapat dibuka kembali`,
      `"${n.en}" has started; an earlier stage cannot be reopened`,
    );
  }
  const dated = invalidDateOrder(stages, index, req.date);
  if (dated) return dated;
  const special = stageSpecific(selection, req);
  if (special) return special;
  return accept(
    stages.map((s, i) => (i === index ? { stage: s.stage, status: req.status, date: req.date } : s)),
  );
}

/** Dates never go backwards: the nearest dated stage before is not later, the nearest after not earlier. */
function invalidDateOrder(
  stages: readonly SelectionStage[],
  index: number,
  date: LocalDate | null,
): SelectionDecision<never> | null {
  if (date === null) return null;
  const before = stages
    .slice(0, index)
    .filter((s) => s.date !== null)
    .at(-1);
  const after = stages.slice(index + 1).find((s) => s.date !== null);
  const wrong =
    before?.date && compareDates(date, before.date) < 0
      ? before
      : after?.date && compareDates(date, after.date) > 0
        ? after
        : null;
  if (!wrong) return null;
  const n = STAGE_NAMES[wrong.stage];
  return invalid(
    'date',
    'SELECTION_STAGE_DATE_ORDER',
    `Tanggal ${date} tidak sesuai urutan: tahap "${n.id}" bertanggal ${wrong.date}`,
    `Date ${date} is out of order: "${n.en}" is dated ${wrong.date}`,
    date,
  );
}

function stageSpecific(selection: Selection, req: StageUpdate): SelectionDecision<never> | null {
  if (req.stage === 'ADMINISTRATIVE' && req.status === 'DONE') {
    const open = selection.candidates.filter((c) => c.administrative === 'PENDING').length;
    if (selection.candidates.length === 0 || open > 0) {
      return conflict(
        'stage',
        'SELECTION_ADMINISTRATIVE_OPEN',
        selection.candidates.length === 0
          ? 'Belum ada pelamar yang terdaftar'
          : `${open} pelamar belum mempunyai hasil seleksi administrasi`,
        selection.candidates.length === 0
          ? 'No candidate is registered yet'
          : `${open} candidates have no administrative outcome yet`,
        open,
      );
    }
  }
  if (req.stage === 'COMPETENCY' && req.status !== 'PENDING' && !selection.candidates.some(isQualified)) {
    return conflict(
      'stage',
      'SELECTION_NO_QUALIFIED_CANDIDATE',
      'Tidak ada pelamar yang lulus seleksi administrasi dan memenuhi PP 11/2017 Pasal 107',
      'No candidate passed the administrative selection and meets PP 11/2017 Pasal 107',
    );
  }
  if (req.stage === 'INTERVIEW' && req.status !== 'DONE' && shortlistOf(selection).length > 0) {
    return conflict(
      'stage',
      'SELECTION_SHORTLIST_SET',
      'Tiga nama sudah diusulkan kepada PPK; tahap wawancara tidak dapat dibuka kembali',
      'The shortlist is already proposed to the PPK; the interview stage cannot be reopened',
    );
  }
  return null;
}
