import { FONT, SIZE } from '../pdf/fonts.js';
import { contentBox, keepTogether } from '../pdf/page-geometry.js';
import { drawSignature, signatureHeight } from '../pdf/signature-block.js';
import type { BoardMember, BoardMinutesDocument, PaperSize } from './decree-document.js';
import { formatLongDate } from './indonesian-date.js';

/**
 * The signature part of the berita acara: place and date, the chair (left) and the secretary
 * (right) side by side when present, then a numbered line to sign for each other member present.
 * Only members present sign: an absent chair or secretary leaves their place empty, and every
 * absence is in the attendance table.
 */
export function drawMinutesSignatures(
  doc: PDFKit.PDFDocument,
  paper: PaperSize,
  m: BoardMinutesDocument,
): void {
  const chair = m.members.find((x) => x.role === 'CHAIR' && x.present);
  const secretary = m.members.find((x) => x.role === 'SECRETARY' && x.present);
  const others = m.members.filter((x) => x.role === 'MEMBER' && x.present);
  const box = contentBox(doc);
  const half = box.width / 2;
  const block = (member: BoardMember, role: string) => ({ title: role, name: member.name, nip: member.nip });
  const lead = chair ?? secretary;
  const height = (lead ? signatureHeight(doc, block(lead, 'Ketua')) : 0) + doc.currentLineHeight(true) * 3;
  keepTogether(doc, paper, height);
  doc.moveDown(0.5);
  doc.font(FONT.regular).fontSize(SIZE.body);
  doc.text(`${m.signingPlace ?? 'Sibolga'}, ${formatLongDate(m.date)}`, box.left, doc.y, {
    width: box.width,
    align: 'center',
  });
  doc.text(m.boardName, { width: box.width, align: 'center' });
  doc.moveDown(0.6);
  const top = doc.y;
  const afterChair = chair
    ? drawSignature(doc, paper, block(chair, 'Ketua'), { x: box.left + 20, width: half - 30, y: top })
    : top;
  const afterSecretary = secretary
    ? drawSignature(doc, paper, block(secretary, 'Sekretaris'), {
        x: box.left + half + 20,
        width: half - 30,
        y: top,
      })
    : top;
  doc.y = Math.max(afterChair, afterSecretary);
  if (others.length === 0) return;
  doc.moveDown(1);
  const lineHeight = doc.currentLineHeight(true);
  keepTogether(doc, paper, lineHeight * 4);
  doc.font(FONT.bold).text('Anggota yang hadir:', box.left, doc.y);
  doc.font(FONT.regular).moveDown(0.5);
  others.forEach((member, i) => {
    keepTogether(doc, paper, lineHeight * 2.5);
    const y = doc.y;
    doc.text(`${i + 1}. ${member.name}`, box.left, y, { width: half, lineBreak: false });
    // Alternate the signing column, as attendance lists do, so neighbours do not sign on one line.
    const signX = box.left + half + (i % 2 === 0 ? 0 : half / 3);
    doc.text(`${i + 1}. ....................................`, signX, y, { lineBreak: false });
    doc.y = y + lineHeight * 2.2;
  });
  doc.x = box.left;
}
