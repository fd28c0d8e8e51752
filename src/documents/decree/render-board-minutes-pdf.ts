import { formatNip, normalizeNip } from '../../core/model/nip.js';
import { summariseBoardMinutes } from '../../core/workflow/board-minutes-summary.js';
import { createPdf } from '../pdf/create-pdf.js';
import { FONT, SIZE } from '../pdf/fonts.js';
import { drawLetterhead } from '../pdf/letterhead.js';
import { contentBox, keepTogether } from '../pdf/page-geometry.js';
import { stampPageNumbers } from '../pdf/page-numbers.js';
import { drawTable } from '../pdf/table.js';
import { centredLines, labeledList, paragraph } from '../pdf/text-blocks.js';
import type { BoardMinutesDocument, BoardRole, PaperSize } from './decree-document.js';
import { DEFAULT_PAPER } from './decree-document.js';
import { dateAsInstant, dayName, formatLongDate } from './indonesian-date.js';
import { drawDecisionSummary, joinNames } from './minutes-decisions.js';
import { drawMinutesSignatures } from './minutes-signatures.js';
import { assertBoardMinutesValid } from './validate-board-minutes.js';

export const ROLE_LABEL: Readonly<Record<BoardRole, string>> = {
  CHAIR: 'Ketua',
  SECRETARY: 'Sekretaris',
  MEMBER: 'Anggota',
};

/**
 * Renders the berita acara of a review-board (TPK) session: opening sentence with day, date and
 * place, the agenda, attendance, the conflicts of interest declared (by name, with the members who
 * declared none), the decisions summarised (counts per proposal and per kind of move, then the
 * candidates not agreed to and those agreed with a note of their own, in full with their reasons),
 * and the signatures of the members present only. A 150-candidate session stays a few pages.
 *
 * @throws DomainError naming the field when the minutes are incomplete.
 */
export async function renderBoardMinutesPdf(m: BoardMinutesDocument): Promise<Buffer> {
  assertBoardMinutesValid(m);
  const paper = m.paper ?? DEFAULT_PAPER;
  const { doc, finish } = await createPdf(paper, {
    title: `Berita Acara Sidang ${m.boardName} Nomor ${m.sessionNumber}`,
    subject: `Pertimbangan ${m.candidates.length} usulan mutasi, ${formatLongDate(m.date)}`,
    author: m.boardName,
    creationDate: dateAsInstant(m.date),
  });
  drawLetterhead(doc, m.letterhead);
  centredLines(doc, ['BERITA ACARA', `SIDANG ${m.boardName.toUpperCase()}`, `NOMOR : ${m.sessionNumber}`], {
    bold: true,
    gapAfter: 1,
  });
  const time = m.time ? `, pukul ${m.time}` : '';
  paragraph(
    doc,
    `Pada hari ini ${dayName(m.date)}, tanggal ${formatLongDate(m.date)}${time}, bertempat di ${m.place}, ` +
      `telah dilaksanakan sidang ${m.boardName} dengan acara:`,
  );
  labeledList(doc, paper, m.agenda, { label: 'Acara', marker: (i) => `${i + 1}.` });

  section(doc, paper, 'I. KEHADIRAN');
  const present = m.members.filter((x) => x.present);
  drawTable(doc, {
    paper,
    orientation: 'portrait',
    columns: [
      { header: 'No.', weight: 5, align: 'center' },
      { header: 'Nama', weight: 30 },
      { header: 'Jabatan', weight: 30 },
      { header: 'Kedudukan dalam Tim', weight: 15 },
      { header: 'Kehadiran', weight: 20 },
    ],
    rows: m.members.map((x, i) => [
      `${i + 1}.`,
      x.nip ? `${x.name}\nNIP ${formatNip(normalizeNip(x.nip))}` : x.name,
      x.position,
      ROLE_LABEL[x.role],
      x.present ? 'Hadir' : `Tidak hadir${x.absenceNote ? ` (${x.absenceNote})` : ''}`,
    ]),
  });
  paragraph(doc, `Jumlah anggota yang hadir: ${present.length} dari ${m.members.length} orang.`);

  const summary = summariseBoardMinutes(
    m.candidates.map((c) => ({
      key: normalizeNip(c.nip),
      proposalRef: c.proposalRef ?? '-',
      moveKind: c.moveKind ?? null,
      decision: c.decision,
      notes: c.notes ?? null,
    })),
    m.conflictDeclarations.map((d) => ({
      memberKey: d.memberName,
      candidateKey: d.candidateNip ? normalizeNip(d.candidateNip) : null,
      hasConflict: d.hasConflict,
    })),
    present.map((x) => x.name),
  );

  section(doc, paper, 'II. PERNYATAAN KONFLIK KEPENTINGAN');
  if (m.conflictDeclarations.length === 0) {
    paragraph(doc, 'Tidak ada pernyataan konflik kepentingan yang dicatat.');
  } else {
    if (summary.declaredNone.length > 0) {
      paragraph(
        doc,
        `Anggota yang hadir berikut menyatakan tidak memiliki konflik kepentingan dengan calon mana pun: ` +
          `${joinNames(summary.declaredNone)}.`,
      );
    }
    if (summary.conflicts.length === 0) {
      paragraph(doc, 'Tidak ada anggota yang hadir menyatakan konflik kepentingan dengan calon.');
    } else {
      paragraph(
        doc,
        'Anggota yang menyatakan konflik kepentingan berikut tidak ikut membahas dan memutus calon yang bersangkutan:',
      );
      const candidate = new Map(m.candidates.map((c) => [normalizeNip(c.nip), c.name]));
      const statement = new Map(
        m.conflictDeclarations
          .filter((d) => d.hasConflict && d.candidateNip)
          .map((d) => [`${d.memberName}|${normalizeNip(d.candidateNip!)}`, d.statement]),
      );
      drawTable(doc, {
        paper,
        orientation: 'portrait',
        columns: [
          { header: 'No.', weight: 5, align: 'center' },
          { header: 'Anggota', weight: 25 },
          { header: 'Calon', weight: 30 },
          { header: 'Pernyataan', weight: 40 },
        ],
        rows: summary.conflicts.map((c, i) => [
          `${i + 1}.`,
          c.memberKey,
          `${candidate.get(c.candidateKey) ?? ''}\nNIP ${formatNip(c.candidateKey)}`,
          statement.get(`${c.memberKey}|${c.candidateKey}`) ?? '',
        ]),
      });
    }
  }

  section(doc, paper, 'III. HASIL PERTIMBANGAN');
  drawDecisionSummary(doc, paper, m, summary);
  if (m.closingNotes) paragraph(doc, m.closingNotes);
  paragraph(
    doc,
    'Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.',
  );
  drawMinutesSignatures(doc, paper, m);
  stampPageNumbers(doc);
  return finish();
}

function section(doc: PDFKit.PDFDocument, paper: PaperSize, title: string): void {
  keepTogether(doc, paper, 60);
  const box = contentBox(doc);
  doc.font(FONT.bold).fontSize(SIZE.body).text(title, box.left, doc.y);
  doc.font(FONT.regular).moveDown(0.3);
}
