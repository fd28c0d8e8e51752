#!/usr/bin/env node
/**
 * After `vite build`: the gzip size of the JavaScript a first visit downloads, i.e. the entry chunk
 * of web/dist plus every chunk it imports statically (lazy pages and charts are not counted).
 * Reads web/dist/.vite/manifest.json; exits 1 above the limit.
 *
 *   node scripts/report-bundle-size.mjs [--limit-kb 350] [--dist web/dist] [--json]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const dist = option('--dist', 'web/dist');
const limitKb = Number(option('--limit-kb', process.env.PENATA_INITIAL_JS_LIMIT_KB ?? '350'));
const manifestPath = join(dist, '.vite', 'manifest.json');

if (!existsSync(manifestPath)) {
  console.error(
    `No ${manifestPath}: run \`vite build --config web/vite.config.ts\` first (build.manifest must be on).`,
  );
  process.exit(1);
}

/** @type {Record<string, { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] }>} */
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
if (entries.length === 0) {
  console.error(`${manifestPath} has no entry chunk.`);
  process.exit(1);
}

const initial = new Set();
const visit = (key) => {
  if (initial.has(key) || !manifest[key]) return;
  initial.add(key);
  for (const dep of manifest[key].imports ?? []) visit(dep);
};
for (const [key] of entries) visit(key);

const kb = (bytes) => bytes / 1024;
const rows = [...initial]
  .map((key) => {
    const file = manifest[key].file;
    const source = readFileSync(join(dist, file));
    return { file, raw: source.length, gzip: gzipSync(source, { level: 9 }).length };
  })
  .filter((r) => r.file.endsWith('.js'))
  .sort((a, b) => b.gzip - a.gzip);
const total = rows.reduce((sum, r) => sum + r.gzip, 0);
const lazy = Object.values(manifest).filter((c) => c.file.endsWith('.js')).length - rows.length;

if (args.includes('--json')) {
  console.log(JSON.stringify({ initialGzipBytes: total, limitKb, chunks: rows, lazyChunks: lazy }, null, 2));
} else {
  for (const r of rows)
    console.log(
      `  ${r.file.padEnd(48)} ${kb(r.raw).toFixed(1).padStart(8)} KB  gzip ${kb(r.gzip).toFixed(1).padStart(7)} KB`,
    );
  console.log(`  (${lazy} more chunks load on demand)`);
}
const ok = kb(total) <= limitKb;
console.log(
  `Initial JS (gzip): ${kb(total).toFixed(1)} KB (limit ${limitKb} KB)${ok ? '' : ' - OVER THE LIMIT'}`,
);
process.exit(ok ? 0 : 1);
