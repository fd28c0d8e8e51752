import type { PaperSize } from '../decree/decree-document.js';
import { FONT, SIZE } from './fonts.js';
import { MARGINS, PAPER_POINTS } from './paper.js';

export interface PdfMetadata {
  readonly title: string;
  readonly subject: string;
  readonly author: string;
  /** The document's own date; written as CreationDate so the same input gives the same bytes. */
  readonly creationDate: Date;
}

export interface PdfHandle {
  readonly doc: PDFKit.PDFDocument;
  readonly paper: PaperSize;
  /** Ends the document and resolves with its bytes. */
  finish(): Promise<Buffer>;
}

/**
 * A PDFKit document with buffered pages (page numbers are stamped at the end), official margins and
 * fixed metadata. PDFKit derives the file ID from the metadata, so with a fixed CreationDate the
 * output is byte-identical for identical input. PDFKit is loaded on first use: it is heavy, and
 * the server and every CLI command would otherwise pay for it at start-up.
 */
export async function createPdf(paper: PaperSize, meta: PdfMetadata): Promise<PdfHandle> {
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: [...PAPER_POINTS[paper]],
    margins: { ...MARGINS },
    bufferPages: true,
    autoFirstPage: true,
    lang: 'id-ID',
    displayTitle: true,
    info: {
      Title: meta.title,
      Subject: meta.subject,
      Author: meta.author,
      Creator: 'Penata',
      Producer: 'Penata (PDFKit)',
      CreationDate: meta.creationDate,
      ModDate: meta.creationDate,
    },
  });
  doc.font(FONT.regular).fontSize(SIZE.body);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return {
    doc,
    paper,
    finish() {
      doc.end();
      return done;
    },
  };
}
