import { pangkatGolongan } from '../../core/model/golongan.js';
import { formatNip, normalizeNip } from '../../core/model/nip.js';
import type { PaperSize, Signatory } from '../decree/decree-document.js';
import { FONT, SIZE } from './fonts.js';
import { contentBox, keepTogether, type Orientation } from './page-geometry.js';

export interface SignatureOptions {
  /** Lines above the office title, e.g. `Ditetapkan di Sibolga` / `pada tanggal ...`. */
  readonly before?: readonly string[];
  /** Printed in the signature space of a copy (`ttd.`). */
  readonly signedMark?: string;
  /** Left edge and width of the block; defaults to the right-hand 45% of the page. */
  readonly x?: number;
  readonly width?: number;
  /** Top of the block; defaults to the cursor (after keeping the block on one page). */
  readonly y?: number;
  /** Orientation of the page a block pushed to a new page lands on. */
  readonly orientation?: Orientation;
}

const SIGNATURE_SPACE = 52;

/** Height the block needs, so callers can keep it on one page or place blocks side by side. */
export function signatureHeight(
  doc: PDFKit.PDFDocument,
  signatory: Signatory,
  opts: SignatureOptions = {},
): number {
  doc.fontSize(SIZE.body);
  const lines =
    (opts.before?.length ?? 0) +
    1 +
    (signatory.office ? 1 : 0) +
    1 +
    (signatory.golongan ? 1 : 0) +
    (signatory.nip ? 1 : 0);
  return lines * doc.currentLineHeight(true) + SIGNATURE_SPACE;
}

/**
 * The signature block: place and date, the office with its comma, space for the signature, the
 * name in bold capitals, then pangkat and NIP for appointed officials (elected heads have neither).
 * Returns the y below the block.
 */
export function drawSignature(
  doc: PDFKit.PDFDocument,
  paper: PaperSize,
  signatory: Signatory,
  opts: SignatureOptions = {},
): number {
  const box = contentBox(doc);
  const width = opts.width ?? box.width * 0.45;
  const x = opts.x ?? box.right - width;
  if (opts.y === undefined)
    keepTogether(doc, paper, signatureHeight(doc, signatory, opts) + 6, opts.orientation);
  let y = opts.y ?? doc.y;
  const line = (text: string, font: string = FONT.regular) => {
    doc.font(font).fontSize(SIZE.body).text(text, x, y, { width, align: 'left' });
    y = doc.y;
  };
  for (const text of opts.before ?? []) line(text);
  // Only the last office line carries the comma: `a.n. WALI KOTA SIBOLGA` / `Sekretaris Daerah,`.
  line(signatory.office ? signatory.title : `${signatory.title},`);
  if (signatory.office) line(`${signatory.office},`);
  if (opts.signedMark) {
    doc.font(FONT.italic).text(opts.signedMark, x, y + SIGNATURE_SPACE / 2 - 6, { width });
  }
  y += SIGNATURE_SPACE;
  line(signatory.name.toUpperCase(), FONT.bold);
  if (signatory.golongan) line(pangkatGolongan(signatory.golongan));
  if (signatory.nip) line(`NIP. ${formatNip(normalizeNip(signatory.nip))}`);
  doc.x = box.left;
  doc.y = y;
  return y;
}
