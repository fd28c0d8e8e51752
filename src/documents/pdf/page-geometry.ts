import type { PaperSize } from '../decree/decree-document.js';
import { MARGINS, PAPER_POINTS } from './paper.js';

export interface ContentBox {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly width: number;
}

/** The writable area of the current page. */
export function contentBox(doc: PDFKit.PDFDocument): ContentBox {
  const { margins, width, height } = doc.page;
  return {
    left: margins.left,
    right: width - margins.right,
    top: margins.top,
    bottom: height - margins.bottom,
    width: width - margins.left - margins.right,
  };
}

export type Orientation = 'portrait' | 'landscape';

/** Starts a new page of the document's paper, in the given orientation, with the cursor at the top. */
export function newPage(
  doc: PDFKit.PDFDocument,
  paper: PaperSize,
  orientation: Orientation = 'portrait',
): void {
  doc.addPage({ size: [...PAPER_POINTS[paper]], layout: orientation, margins: { ...MARGINS } });
  doc.x = doc.page.margins.left;
  doc.y = doc.page.margins.top;
}

/**
 * Moves to a new page when less than `height` points are left, so blocks that belong together (a
 * signature, the first lines of a paragraph) are not split.
 */
export function keepTogether(
  doc: PDFKit.PDFDocument,
  paper: PaperSize,
  height: number,
  orientation: Orientation = 'portrait',
): void {
  if (doc.y + height > contentBox(doc).bottom) newPage(doc, paper, orientation);
}
