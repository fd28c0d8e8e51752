import { pangkatGolongan } from '../../core/model/golongan.js';
import { formatNip, normalizeNip } from '../../core/model/nip.js';
import { createPdf } from '../pdf/create-pdf.js';
import { FONT, SIZE } from '../pdf/fonts.js';
import { drawLetterhead } from '../pdf/letterhead.js';
import { contentBox, keepTogether } from '../pdf/page-geometry.js';
import { stampPageNumbers } from '../pdf/page-numbers.js';
import { drawTable } from '../pdf/table.js';
import { centredLines, labeledList, paragraph } from '../pdf/text-blocks.js';
import type { BoardDecision, BoardMinutesDocument, BoardRole, PaperSize } from './decree-document.js';
import { DEFAULT_PAPER } from './decree-document.js';
import { dateAsInstant, dayName, formatLongDate } from './indonesian-date.js';
import { drawMinutesSignatures } from './minutes-signatures.js';
import { assertBoardMinutesValid } from './validate-board-minutes.js';

export const ROLE_LABEL: Readonly<Record<BoardRole, string>> = {
  CHAIR: 'Ketua',
  SECRETARY: 'Sekretaris',
  MEMBER: 'Anggota',
};

export const DECISION_LABEL: Readonly<Record<BoardDecision, string>> = {
  AGREE: 'Setuju',
  DISAGREE: 'Tidak setuju',
  DEFER: 'Ditunda',
};

/**
 * Renders the berita acara of a review-board (TPK) session: opening sentence with day, date and
 * place, the agenda, attendance, conflict-of-interest declarations, the decision on each candidate
 * with a tally, and the signatures of the chair, the secretary and every member present.
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
  const present = m.members.filter((x) => x.present).length;
  drawTable(doc, {
    paper,
    orientation: 'portrait',
    columns: [
      { header: 'No.', weight: 5, align: 'center' },
      { header: 'Nama', weight: 26 },
      { header: 'Jabatan', weight: 33 },
      { header: 'Kedudukan dalam Tim', weight: 15 },
      { header: 'Kehadiran', weight: 21 },
    ],
    rows: m.members.map((x, i) => [
      `${i + 1}.`,
      x.nip ? `${x.name}\nNIP ${formatNip(normalizeNip(x.nip))}` : x.name,
      x.position,
      ROLE_LABEL[x.role],
      x.present ? 'Hadir' : `Tidak hadir${x.absenceNote ? ` (${x.absenceNote})` : ''}`,
    ]),
  });
  paragraph(doc, `Jumlah anggota yang hadir: ${present} dari ${m.members.length} orang.`);

  section(doc, paper, 'II. PERNYATAAN KONFLIK KEPENTINGAN');
  if (m.conflictDeclarations.length === 0) {
    paragraph(doc, 'Tidak ada pernyataan konflik kepentingan yang dicatat.');
  } else {
    const names = new Map(m.candidates.map((c) => [normalizeNip(c.nip), c.name]));
    drawTable(doc, {
      paper,
      orientation: 'portrait',
      columns: [
        { header: 'No.', weight: 5, align: 'center' },
        { header: 'Anggota', weight: 22 },
        { header: 'Pernyataan', weight: 33 },
        { header: 'Calon terkait', weight: 22 },
        { header: 'Tindak lanjut', weight: 18 },
      ],
      rows: m.conflictDeclarations.map((d, i) => [
        `${i + 1}.`,
        d.memberName,
        `${d.hasConflict ? 'Ada konflik kepentingan' : 'Tidak ada konflik kepentingan'}: ${d.statement}`,
        d.candidateNip
          ? `${names.get(normalizeNip(d.candidateNip)) ?? ''}\nNIP ${formatNip(normalizeNip(d.candidateNip))}`
          : '-',
        d.recused ? 'Tidak ikut membahas dan memutus' : '-',
      ]),
    });
  }

  section(doc, paper, 'III. HASIL PERTIMBANGAN');
  drawTable(doc, {
    paper,
    orientation: 'portrait',
    numberColumns: true,
    columns: [
      { header: 'No.', weight: 5, align: 'center' },
      { header: 'Nama / NIP', weight: 20 },
      { header: 'Pangkat, Gol./Ruang', weight: 12 },
      { header: 'Jabatan Sekarang', weight: 18 },
      { header: 'Jabatan Usulan', weight: 18 },
      { header: 'Keputusan', weight: 11, align: 'center' },
      { header: 'Catatan', weight: 16 },
    ],
    rows: m.candidates.map((c, i) => [
      `${i + 1}.`,
      `${c.name}\nNIP ${formatNip(normalizeNip(c.nip))}${c.proposalRef ? `\n(${c.proposalRef})` : ''}`,
      pangkatGolongan(c.golongan),
      `${c.currentPosition}\n${c.currentUnit}`,
      `${c.proposedPosition}\n${c.proposedUnit}`,
      DECISION_LABEL[c.decision],
      c.notes ?? '',
    ]),
  });
  const count = (d: BoardDecision) => m.candidates.filter((c) => c.decision === d).length;
  paragraph(
    doc,
    `Jumlah: ${count('AGREE')} setuju, ${count('DISAGREE')} tidak setuju, ${count('DEFER')} ditunda, ` +
      `dari ${m.candidates.length} calon.`,
  );
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
