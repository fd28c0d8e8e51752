/**
 * Writes sample decree documents (fictional data) to test-results/decree/ so a human can look at the
 * layout: an SK with a long lampiran, one petikan and a berita acara. With pdftoppm (poppler-utils)
 * on PATH it also writes a PNG of each page at 60 dpi.
 *
 *   npx tsx scripts/render-sample-decree.ts [rows]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { petikanOf } from '../src/documents/decree/petikan-of.js';
import { renderBoardMinutesPdf } from '../src/documents/decree/render-board-minutes-pdf.js';
import { renderDecreePdf } from '../src/documents/decree/render-decree-pdf.js';
import { renderPetikanPdf } from '../src/documents/decree/render-petikan-pdf.js';
import { SAMPLE_SEKDA, sampleBoardMinutes, sampleDecree } from '../src/documents/decree/sample-decree.js';
import { sha256 } from '../src/documents/pdf/sha256.js';

const rows = Number(process.argv[2] ?? 40);
const dir = join('test-results', 'decree');
mkdirSync(dir, { recursive: true });
const decree = sampleDecree(rows);
const files: [string, Buffer][] = [
  ['sample-sk.pdf', await renderDecreePdf(decree)],
  ['sample-petikan.pdf', await renderPetikanPdf(petikanOf(decree, decree.rows[0]!.nip, SAMPLE_SEKDA))],
  ['sample-berita-acara.pdf', await renderBoardMinutesPdf(sampleBoardMinutes())],
];
for (const [name, pdf] of files) {
  writeFileSync(join(dir, name), pdf);
  console.log(`${join(dir, name)}  ${pdf.length} bytes  sha256 ${sha256(pdf)}`);
}

const pngs = files.map(([name]) =>
  spawnSync('pdftoppm', ['-r', '60', '-png', join(dir, name), join(dir, name.replace(/\.pdf$/, ''))]),
);
if (pngs.some((r) => r.error || r.status !== 0)) console.log('pdftoppm not available: no PNG previews');
else console.log(`PNG previews in ${dir}`);
