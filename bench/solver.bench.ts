/**
 * Assignment solver benchmark against SciPy, measured in the same run (bench README in ../shared/bench).
 *
 *   npx tsx bench/solver.bench.ts [--large] [--only name1,name2] [--scipy-method all|csgraph|...]
 *
 * Generates the LAP1 instances into bench/instances if missing (../shared/bench/gen.mjs), checks their
 * sha256 against expected.json, then per instance: our solver in a fresh child process (median of 3
 * solves, parsing excluded, certificate checked), then scipy_baseline.py on the same file. Prints a
 * markdown table and writes it to bench/out/solver.md. LAPBENCH_DIR overrides the shared bench folder.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { checkAssignmentCertificate } from '../src/core/solver/certificate.js';
import { solveSparseAssignment } from '../src/core/solver/sparse-assignment.js';
import { readLap } from '../src/documents/lap/read-lap.js';

const LARGE = 'civil_50000x10000';
const RUNS = 3;
/** Extra solves after the timed ones, reported separately as the warm (JIT-compiled) time. */
const WARM_RUNS = 5;

interface Expected {
  rows: number;
  cols: number;
  pairs: number;
  objective: number;
  sha256: string;
}
interface OurRun {
  status: string;
  objective: number | null;
  runs: number[];
  median: number;
  warmMedian: number;
  certified: boolean;
  maxRssMb: number;
}
interface ScipyRun {
  method: string;
  objective?: number;
  median_seconds?: number;
  error?: string;
}

const median = (xs: number[]): number =>
  xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/** Child mode: solve one file RUNS times in this process and print one JSON line. */
async function child(file: string): Promise<void> {
  const inst = await readLap(file);
  const runs: number[] = [];
  let result: ReturnType<typeof solveSparseAssignment> = { status: 'cancelled' };
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    result = solveSparseAssignment(inst);
    runs.push((performance.now() - t0) / 1000);
  }
  const warm: number[] = [];
  for (let r = 0; r < WARM_RUNS; r++) {
    const t0 = performance.now();
    solveSparseAssignment(inst);
    warm.push((performance.now() - t0) / 1000);
  }
  const certified =
    result.status === 'optimal' &&
    checkAssignmentCertificate(inst, result.rowToCol, result.u, result.v, result.objective).holds;
  const out: OurRun = {
    status: result.status,
    objective: result.status === 'optimal' ? result.objective : null,
    runs,
    median: median(runs),
    warmMedian: median(warm),
    certified,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

function sha256(path: string): Promise<string> {
  return new Promise((ok, fail) => {
    const h = createHash('sha256');
    createReadStream(path)
      .on('data', (d) => h.update(d))
      .on('end', () => ok(h.digest('hex')))
      .on('error', fail);
  });
}

function runOurs(file: string): OurRun {
  const tsx = import.meta.resolve('tsx');
  const r = spawnSync(process.execPath, ['--import', tsx, fileURLToPath(import.meta.url), '--child', file], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (r.status !== 0) throw new Error(`our solver failed on ${file}: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as OurRun;
}

function runScipy(shared: string, file: string, methods: string[]): ScipyRun[] {
  const out: ScipyRun[] = [];
  for (const method of methods) {
    const r = spawnSync('python3', [join(shared, 'scipy_baseline.py'), '--method', method, file], {
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`scipy_baseline.py failed on ${file}: ${r.stderr}`);
    for (const line of r.stdout.split('\n')) if (line.trim()) out.push(JSON.parse(line) as ScipyRun);
  }
  return out;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') return child(args[1] ?? '');
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const shared = process.env.LAPBENCH_DIR ?? resolve(root, '../shared/bench');
  const instDir = join(root, 'bench', 'instances');
  const large = args.includes('--large');
  const onlyAt = args.indexOf('--only');
  const only = onlyAt >= 0 ? new Set((args[onlyAt + 1] ?? '').split(',')) : null;
  const methodAt = args.indexOf('--scipy-method');
  const scipyMethod = methodAt >= 0 ? (args[methodAt + 1] ?? 'all') : 'all';
  const expected = JSON.parse(readFileSync(join(shared, 'expected.json'), 'utf8')) as Record<
    string,
    Expected
  >;
  const names = Object.keys(expected).filter((n) => (only ? only.has(n) : n !== LARGE || large));

  const missing = names.filter((n) => !existsSync(join(instDir, `${n}.lap`)));
  if (missing.length > 0) {
    mkdirSync(instDir, { recursive: true });
    const gen = ['--only', missing.join(','), ...(missing.includes(LARGE) ? ['--large'] : [])];
    const r = spawnSync(process.execPath, [join(shared, 'gen.mjs'), instDir, ...gen], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error('gen.mjs failed');
  }
  for (const n of names) {
    const got = await sha256(join(instDir, `${n}.lap`));
    if (got !== expected[n]!.sha256)
      throw new Error(`${n}.lap: sha256 ${got} != expected ${expected[n]!.sha256}`);
  }

  const header =
    '| instance | rows x cols | pairs | ours median s | scipy best median s (method) | ours/scipy | objective ours | objective scipy | expected | certified | ours peak RSS MB | ours warm s |\n' +
    '|---|---|---|---|---|---|---|---|---|---|---|---|';
  const lines: string[] = [];
  console.log(header);
  let allGood = true;
  for (const n of names) {
    const file = join(instDir, `${n}.lap`);
    const exp = expected[n]!;
    const ours = runOurs(file);
    const methods =
      scipyMethod !== 'all' ? [scipyMethod] : n === LARGE ? ['csgraph', 'csgraph_stay'] : ['all'];
    const scipy = runScipy(shared, file, methods).filter(
      (s) => s.error === undefined && s.median_seconds !== undefined,
    );
    const best = scipy.reduce<ScipyRun | null>(
      (b, s) => (b === null || s.median_seconds! < b.median_seconds! ? s : b),
      null,
    );
    const ratio = best ? ours.median / best.median_seconds! : Number.NaN;
    const good =
      ours.certified &&
      ours.objective === exp.objective &&
      (!best || best.objective === exp.objective) &&
      ratio <= 1;
    allGood &&= good;
    const line =
      `| ${n} | ${exp.rows} x ${exp.cols} | ${exp.pairs} | ${ours.median.toFixed(4)} | ` +
      `${best ? `${best.median_seconds!.toFixed(4)} (${best.method})` : 'n/a'} | ${ratio.toFixed(2)} | ` +
      `${ours.objective} | ${best?.objective ?? 'n/a'} | ${exp.objective} | ${ours.certified ? 'yes' : 'NO'} | ${ours.maxRssMb.toFixed(0)} | ` +
      `${ours.warmMedian.toFixed(4)} |`;
    lines.push(line);
    console.log(line);
  }
  mkdirSync(join(root, 'bench', 'out'), { recursive: true });
  const note =
    `\nOurs: median of ${RUNS} solves in a fresh Node ${process.version} process per instance (parse excluded; ` +
    `the first solve includes JIT warm-up, as in the README's JS baselines); the ratio and the targets use it. ` +
    `"ours warm": median of ${WARM_RUNS} further solves in the same process (for information). ` +
    `${allGood ? 'All targets met.' : 'Some target missed (ratio > 1, objective or certificate).'}\n`;
  writeFileSync(join(root, 'bench', 'out', 'solver.md'), `${header}\n${lines.join('\n')}\n${note}`);
  console.log(note);
}

await main();
