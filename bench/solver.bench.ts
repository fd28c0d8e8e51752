/**
 * Assignment solver benchmark against SciPy, measured in the same run (bench README in ../shared/bench).
 *
 *   npx tsx bench/solver.bench.ts [--large] [--only name1,name2] [--scipy-method all|csgraph|...] [--rounds N]
 *
 * Generates the LAP1 instances into bench/instances if missing (../shared/bench/gen.mjs), checks their
 * sha256 against expected.json, then per instance: our solver in a fresh child process (median of 3
 * solves, parsing excluded, certificate checked), then scipy_baseline.py on the same file. Prints a
 * markdown table and writes it to bench/out/solver.md. LAPBENCH_DIR overrides the shared bench folder.
 *
 * --rounds N repeats that pair (ours, SciPy) N times per instance and reports the median of each
 * side, the median ratio and in how many rounds ours was within 1.0x: one-shot solves of the small
 * instances swing with the JIT and the machine (README "Cold solves"), so one round is a coin flip.
 * Rounds after the first time only the SciPy method that was fastest in the first.
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

  const roundsAt = args.indexOf('--rounds');
  const rounds = roundsAt >= 0 ? Math.max(1, Number(args[roundsAt + 1] ?? 1)) : 1;
  const header =
    '| instance | rows x cols | pairs | ours median s | scipy best median s (method) | ours/scipy | within 1.0x | objective ours | objective scipy | expected | certified | ours peak RSS MB | ours warm s |\n' +
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|';
  const lines: string[] = [];
  console.log(header);
  let allGood = true;
  for (const n of names) {
    const file = join(instDir, `${n}.lap`);
    const exp = expected[n]!;
    const methods =
      scipyMethod !== 'all' ? [scipyMethod] : n === LARGE ? ['csgraph', 'csgraph_stay'] : ['all'];
    const ours: OurRun[] = [];
    const bests: ScipyRun[] = [];
    for (let r = 0; r < rounds; r++) {
      ours.push(runOurs(file));
      // Later rounds time only the method that was fastest in the first (lsa_inf on civil_10000x2000
      // alone takes about 30 s a round).
      const roundMethods = r === 0 || !bests[0] ? methods : [bests[0].method];
      const scipy = runScipy(shared, file, roundMethods).filter(
        (x) => x.error === undefined && x.median_seconds !== undefined,
      );
      const best = scipy.reduce<ScipyRun | null>(
        (b, x) => (b === null || x.median_seconds! < b.median_seconds! ? x : b),
        null,
      );
      if (best) bests.push(best);
    }
    const ratios = ours.map((o, r) => (bests[r] ? o.median / bests[r]!.median_seconds! : Number.NaN));
    const ratio = median(ratios);
    const within = ratios.filter((x) => x <= 1).length;
    const oursMedian = median(ours.map((o) => o.median));
    const bestMedian = bests.length > 0 ? median(bests.map((b) => b.median_seconds!)) : Number.NaN;
    const bestMethod = bests[0]?.method ?? 'n/a';
    const objectives = new Set(ours.map((o) => o.objective));
    const objective = objectives.size === 1 ? ours[0]!.objective : [...objectives].join('/');
    const certified = ours.every((o) => o.certified);
    const good =
      certified &&
      objective === exp.objective &&
      bests.every((b) => b.objective === exp.objective) &&
      ratio <= 1;
    allGood &&= good;
    const line =
      `| ${n} | ${exp.rows} x ${exp.cols} | ${exp.pairs} | ${oursMedian.toFixed(4)} | ` +
      `${bests.length > 0 ? `${bestMedian.toFixed(4)} (${bestMethod})` : 'n/a'} | ${ratio.toFixed(2)} | ${within}/${rounds} | ` +
      `${objective} | ${bests[0]?.objective ?? 'n/a'} | ${exp.objective} | ${certified ? 'yes' : 'NO'} | ` +
      `${Math.max(...ours.map((o) => o.maxRssMb)).toFixed(0)} | ${median(ours.map((o) => o.warmMedian)).toFixed(4)} |`;
    lines.push(line);
    console.log(line);
  }
  mkdirSync(join(root, 'bench', 'out'), { recursive: true });
  const note =
    `\nOurs: median of ${RUNS} solves in a fresh Node ${process.version} process per instance (parse excluded; ` +
    `the first solve includes JIT warm-up, as in the README's JS baselines); the ratio and the targets use it. ` +
    `${rounds} round(s) of (ours, SciPy) per instance: medians over the rounds, the median ratio, and the rounds in which ours was within 1.0x. ` +
    `"ours warm": median of ${WARM_RUNS} further solves in the same process (for information). ` +
    `${allGood ? 'All targets met.' : 'Some target missed (ratio > 1, objective or certificate).'}\n`;
  writeFileSync(join(root, 'bench', 'out', 'solver.md'), `${header}\n${lines.join('\n')}\n${note}`);
  console.log(note);
}

await main();
