import { pangkatGolongan } from '../../core/model/golongan.js';
import { formatNip, normalizeNip } from '../../core/model/nip.js';
import { createPdf } from '../pdf/create-pdf.js';
import { contentBox, keepTogether } from '../pdf/page-geometry.js';
import { stampPageNumbers } from '../pdf/page-numbers.js';
import { drawSignature, signatureHeight } from '../pdf/signature-block.js';
import { keyValueLines, paragraph } from '../pdf/text-blocks.js';
import { decreeTitle, titleCase } from './build-decree-text.js';
import { drawDecreeHeading, drawDiktum, drawKonsiderans } from './decree-body.js';
import { DEFAULT_PAPER, type PetikanDocument } from './decree-document.js';
import { dateAsInstant, formatLongDate } from './indonesian-date.js';
import { assertPetikanValid } from './validate-decree.js';

/**
 * Renders the petikan of one employee: the SK's heading, konsiderans and diktum with only this
 * employee's data under KESATU, the Wali Kota's signature marked `ttd.`, the sentence handing the
 * extract over `untuk dipergunakan sebagaimana mestinya`, and the `Petikan sesuai dengan aslinya`
 * block of the certifying official (DOMAIN.md 10.1). No tembusan: the petikan is the employee's copy.
 * Deterministic like the SK.
 *
 * @throws DomainError naming the field when the input is not printable.
 */
export async function renderPetikanPdf(p: PetikanDocument): Promise<Buffer> {
  assertPetikanValid(p);
  const paper = p.paper ?? DEFAULT_PAPER;
  const nip = formatNip(normalizeNip(p.row.nip));
  const { doc, finish } = await createPdf(paper, {
    title: `Petikan ${decreeTitle(p.issuer, p.number, p.subject)}`,
    subject: `Petikan untuk ${p.row.name}, NIP ${nip}`,
    author: titleCase(p.issuer),
    creationDate: dateAsInstant(p.date),
  });
  drawDecreeHeading(doc, p, { petikan: true });
  drawKonsiderans(doc, paper, p);
  const decisions = p.firstDecision ? [p.firstDecision, ...p.decisions.slice(1)] : p.decisions;
  drawDiktum(
    doc,
    paper,
    { ...p, decisions },
    {
      afterFirst: (d) => {
        d.moveDown(0.3);
        const rowLabel = p.rowNumber ? ` (Lampiran nomor urut ${p.rowNumber})` : '';
        keyValueLines(
          d,
          [
            ['Nama', `${p.row.name}${rowLabel}`],
            ['NIP', nip],
            ['Pangkat, Gol./Ruang', pangkatGolongan(p.row.golongan)],
            ['Jabatan lama', `${p.row.oldPosition}, ${p.row.oldUnit}`],
            ['Jabatan baru', `${p.row.newPosition}, ${p.row.newUnit}`],
            ['TMT', formatLongDate(p.row.tmt)],
            ...(p.row.note ? ([['Keterangan', p.row.note]] as const) : []),
          ],
          { indent: 92, keyWidth: 118 },
        );
      },
    },
  );
  drawSignature(doc, paper, p.signatory, {
    before: [`Ditetapkan di ${p.place}`, `pada tanggal ${formatLongDate(p.date)}`],
    signedMark: 'ttd.',
  });
  doc.moveDown(0.8);
  paragraph(
    doc,
    `Petikan Keputusan ini disampaikan kepada Sdr. ${p.row.name}, NIP ${nip}, ` +
      'untuk dipergunakan sebagaimana mestinya.',
  );
  doc.moveDown(0.5);
  const box = contentBox(doc);
  const certify = { before: ['Petikan sesuai dengan aslinya'], x: box.left, width: box.width * 0.5 };
  keepTogether(doc, paper, signatureHeight(doc, p.certifiedBy, certify) + 6);
  drawSignature(doc, paper, p.certifiedBy, certify);
  // A petikan goes to the employee only; the SK's tembusan stays on the SK.
  stampPageNumbers(doc);
  return finish();
}
