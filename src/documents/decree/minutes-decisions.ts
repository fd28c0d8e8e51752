import { pangkatGolongan } from '../../core/model/golongan.js';
import { formatNip, normalizeNip } from '../../core/model/nip.js';
import type { DecisionCounts, MinutesSummary } from '../../core/workflow/board-minutes-summary.js';
import { FONT } from '../pdf/fonts.js';
import { contentBox, keepTogether } from '../pdf/page-geometry.js';
import { drawTable } from '../pdf/table.js';
import { paragraph } from '../pdf/text-blocks.js';
import type { BoardCandidate, BoardDecision, BoardMinutesDocument, PaperSize } from './decree-document.js';

export const DECISION_LABEL: Readonly<Record<BoardDecision, string>> = {
  AGREE: 'Setuju',
  DISAGREE: 'Tidak setuju',
  DEFER: 'Ditunda',
};

/** `A`, `A dan B`, `A, B dan C`: names in an Indonesian sentence. */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} dan ${names.at(-1)}`;
}

const COUNT_COLUMNS = [
  { header: 'Jumlah calon', weight: 13, align: 'center' as const },
  { header: 'Setuju', weight: 11, align: 'center' as const },
  { header: 'Tidak setuju', weight: 11, align: 'center' as const },
  { header: 'Ditunda', weight: 11, align: 'center' as const },
];
const counts = (c: DecisionCounts) => [c.candidates, c.agreed, c.disagreed, c.deferred].map(String);

/**
 * Part III of the minutes: the decisions as counts (in a sentence, per proposal, per kind of move),
 * then, in full, only what differs from "agreed": the candidates not agreed to or deferred with
 * their reasons, and agreed candidates whose note is not the common one.
 */
export function drawDecisionSummary(
  doc: PDFKit.PDFDocument,
  paper: PaperSize,
  m: BoardMinutesDocument,
  s: MinutesSummary,
): void {
  const t = s.totals;
  const refs = joinNames(s.byProposal.map((p) => p.proposalRef));
  paragraph(
    doc,
    `Tim memutus ${t.candidates} calon dari usulan ${refs}: ${t.agreed} calon disetujui, ` +
      `${t.disagreed} calon tidak disetujui dan ${t.deferred} calon ditunda, dengan rincian sebagai berikut:`,
  );
  drawTable(doc, {
    paper,
    orientation: 'portrait',
    columns: [
      { header: 'No.', weight: 6, align: 'center' },
      { header: 'Usulan', weight: 48 },
      ...COUNT_COLUMNS,
    ],
    rows: [
      ...s.byProposal.map((p, i) => [`${i + 1}.`, p.proposalRef, ...counts(p)]),
      ['', 'Jumlah', ...counts(t)],
    ],
  });
  if (s.byMoveKind.length > 0) {
    doc.moveDown(0.5);
    drawTable(doc, {
      paper,
      orientation: 'portrait',
      columns: [
        { header: 'No.', weight: 6, align: 'center' },
        { header: 'Jenis mutasi', weight: 48 },
        ...COUNT_COLUMNS,
      ],
      rows: s.byMoveKind.map((k, i) => [`${i + 1}.`, k.moveKind, ...counts(k)]),
    });
  }
  doc.moveDown(0.5);
  const basis = s.agreedNote ? `, dengan pertimbangan: ${s.agreedNote}` : '';
  paragraph(
    doc,
    s.exceptions.length === 0
      ? `Seluruh ${t.agreed} calon tersebut disetujui${basis}.`
      : `Seluruh calon tersebut disetujui${basis}, kecuali ${s.exceptions.length} calon berikut:`,
  );
  if (s.exceptions.length > 0) {
    subheading(doc, paper, 'Calon yang tidak disetujui atau ditunda');
    drawCandidates(
      doc,
      paper,
      s.exceptions.map((i) => m.candidates[i]!),
      'Keputusan dan alasan',
      (c) => `${DECISION_LABEL[c.decision]}: ${c.notes ?? '-'}`,
    );
  }
  if (s.agreedWithOwnNote.length > 0) {
    subheading(doc, paper, 'Calon yang disetujui dengan catatan tersendiri');
    drawCandidates(
      doc,
      paper,
      s.agreedWithOwnNote.map((i) => m.candidates[i]!),
      'Catatan',
      (c) => c.notes ?? '',
    );
  }
}

function drawCandidates(
  doc: PDFKit.PDFDocument,
  paper: PaperSize,
  rows: readonly BoardCandidate[],
  lastHeader: string,
  last: (c: BoardCandidate) => string,
): void {
  drawTable(doc, {
    paper,
    orientation: 'portrait',
    numberColumns: true,
    columns: [
      { header: 'No.', weight: 5, align: 'center' },
      { header: 'Nama / NIP', weight: 21 },
      { header: 'Pangkat, Gol./Ruang', weight: 12 },
      { header: 'Jabatan Sekarang', weight: 19 },
      { header: 'Jabatan Usulan', weight: 19 },
      { header: lastHeader, weight: 24 },
    ],
    rows: rows.map((c, i) => [
      `${i + 1}.`,
      `${c.name}\nNIP ${formatNip(normalizeNip(c.nip))}${c.proposalRef ? `\n(${c.proposalRef})` : ''}`,
      pangkatGolongan(c.golongan),
      `${c.currentPosition}\n${c.currentUnit}`,
      `${c.proposedPosition}\n${c.proposedUnit}`,
      last(c),
    ]),
  });
  doc.moveDown(0.5);
}

function subheading(doc: PDFKit.PDFDocument, paper: PaperSize, title: string): void {
  keepTogether(doc, paper, 60);
  const box = contentBox(doc);
  doc.font(FONT.bold).text(title, box.left, doc.y);
  doc.font(FONT.regular).moveDown(0.3);
}
