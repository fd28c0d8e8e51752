import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect } from 'vitest';

const run = promisify(execFile);

const inCi = (): boolean => Boolean(process.env.CI) && process.env.CI !== 'false' && process.env.CI !== '0';

/** pdftotext (poppler-utils): PENATA_PDFTOTEXT, else the first one on PATH, else null. */
export function findPdftotext(): string | null {
  if (process.env.PENATA_PDFTOTEXT)
    return existsSync(process.env.PENATA_PDFTOTEXT) ? process.env.PENATA_PDFTOTEXT : null;
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const dir of [...dirs, '/usr/bin']) {
    const candidate = join(dir, 'pdftotext');
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/**
 * Declares a suite that reads PDFs back with pdftotext. Without pdftotext the suite fails in CI
 * and is skipped locally with the reason printed, like the PostgreSQL variant of store suites.
 */
export function describeWithPdftotext(name: string, body: () => void): void {
  const found = findPdftotext();
  if (!found) {
    const reason = 'pdftotext not found (install poppler-utils or set PENATA_PDFTOTEXT)';
    if (inCi()) throw new Error(`CI needs pdftotext for the PDF suites: ${reason}`);
    console.warn(`[penata] ${name} skipped: ${reason}`);
    describe.skip(`${name} (no pdftotext)`, body);
    return;
  }
  describe(name, body);
}

/**
 * The text of each page of a PDF. `layout` keeps the physical layout (columns side by side, for
 * checking what a reader sees); `raw` follows the drawing order, so a wrapped table cell comes out
 * as consecutive lines.
 */
export async function pdfPages(pdf: Uint8Array, mode: 'layout' | 'raw' = 'layout'): Promise<string[]> {
  const stdout = await withPdfFile(pdf, 'pdftotext', (file) => [`-${mode}`, '-enc', 'UTF-8', file, '-']);
  const pages = stdout.split('\f');
  // pdftotext ends the last page with a form feed too.
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

/** All whitespace runs (line breaks included) as one space, so wrapped phrases can be searched. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Asserts that each needle occurs in `text` after the previous one and returns their positions.
 * The failure names the first needle missing from its place.
 */
export function expectInOrder(text: string, needles: readonly string[]): number[] {
  const positions: number[] = [];
  let from = 0;
  for (const needle of needles) {
    const at = text.indexOf(needle, from);
    expect(at, `"${needle}" should appear after position ${from}`).toBeGreaterThanOrEqual(0);
    positions.push(at);
    from = at + needle.length;
  }
  return positions;
}

/** `pdfinfo` fields (Title, Subject, Author, Pages, Page size, ...), from the poppler next to pdftotext. */
export async function pdfInfo(pdf: Uint8Array): Promise<Record<string, string>> {
  const stdout = await withPdfFile(pdf, 'pdfinfo', (file) => ['-isodates', file]);
  const info: Record<string, string> = {};
  for (const line of stdout.split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) info[m[1]!] = m[2]!;
  }
  return info;
}

export interface PdfWord {
  readonly page: number;
  readonly text: string;
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
}

/** Every word with its box in PDF points (pdftotext -bbox), to check where text was laid out. */
export async function pdfWords(pdf: Uint8Array): Promise<PdfWord[]> {
  const html = await withPdfFile(pdf, 'pdftotext', (file) => ['-bbox', '-enc', 'UTF-8', file, '-']);
  const words: PdfWord[] = [];
  let page = 0;
  const re = /<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g;
  for (const m of html.matchAll(re)) {
    if (m[0] === '<page ') {
      page += 1;
      continue;
    }
    words.push({
      page,
      text: decodeEntities(m[4]!),
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
    });
  }
  return words;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');
}

async function withPdfFile(pdf: Uint8Array, tool: 'pdftotext' | 'pdfinfo', args: (file: string) => string[]) {
  const pdftotext = findPdftotext();
  if (!pdftotext) throw new Error('pdftotext not found');
  const executable = tool === 'pdftotext' ? pdftotext : join(pdftotext, '..', tool);
  const dir = mkdtempSync(join(tmpdir(), 'penata-pdf-'));
  try {
    const file = join(dir, 'document.pdf');
    writeFileSync(file, pdf);
    const { stdout } = await run(executable, args(file), { maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
