/**
 * Click-to-plan benchmark: what a planner waits for after pressing "Jalankan" on the demo city,
 * through the real HTTP API of a real server process (as `npm start` runs it), against the pure
 * computation measured in the same run.
 *
 *   npm run bench:click-to-plan [-- --employees 2500] [--runs 5] [--scenario "Penataan menyeluruh 2027"]
 *                               [--no-warm-up]
 *
 * Seeds the Kota Sibolga demo (N employees, seed 1) into a fresh SQLite file, starts the server on
 * it (`tsx src/server/main.ts`, a free port), signs in as the operator, then R times:
 *   - click: POST /api/scenarios/{id}/runs -> its Server-Sent Events until `end` -> GET of the plan
 *     as the plan page asks for it (`?explanations=false`), body read and parsed. Reported: when
 *     the first phase was known (the POST's answer, then the first event), each phase's first
 *     event, the end, the plan page's GET and its size, and the total ("click to plan");
 *   - baseline: the same scenario's input loaded in this process from the same database and
 *     `buildPlan` run on this thread (what bench:plan measures, no HTTP, no worker, no storing).
 * The two alternate so both see the same machine load. The server warms up planning after it
 * starts (matching data loaded, worker thread started and run once, `warmUpPlanning`) and the bench
 * waits for that, as a planner signing in would; `--no-warm-up` measures a first run without it
 * (a new worker thread, the data loaded by the run). The baseline's first build is cold (a fresh
 * JIT). Ratio = click to plan / baseline build. Writes the table to bench/out/click-to-plan.md.
 * Target (issue 14): under 3 s from click to plan page.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { LocalDate } from '../src/core/model/local-date.js';
import { buildPlan } from '../src/core/solver/plan/build-plan.js';
import type { PlanScenario } from '../src/core/solver/plan/plan-types.js';
import { openAppContext, today } from '../src/services/app-context.js';
import { seedDemoInto } from '../src/services/database/seed-demo.js';
import { loadPlanInput } from '../src/services/planning/load-plan-input.js';
import { getScenarioVersion } from '../src/store/repositories/planning-scenarios.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const EMPLOYEES = Number(arg('employees', '2500'));
const RUNS = Number(arg('runs', '5'));
const SCENARIO = arg('scenario', 'Penataan menyeluruh 2027');
/** `--no-warm-up`: the server skips its start-up warm-up (PENATA_WARM_UP=0): the first run is cold. */
const WARM_UP = !process.argv.includes('--no-warm-up');
const PASSWORD = 'sibolga2026';

const log = (s: string) => process.stderr.write(`${s}\n`);
const s2 = (ms: number) => (ms / 1000).toFixed(2);
const median = (xs: readonly number[]) => {
  const a = [...xs].sort((x, y) => x - y);
  const m = a.length >> 1;
  return a.length % 2 ? a[m]! : (a[m - 1]! + a[m]!) / 2;
};

/**
 * Starts `tsx src/server/main.ts` on the database; resolves with its base URL once it listens and
 * (unless `--no-warm-up`) has warmed up planning, as it does after every start.
 */
function startServer(databaseUrl: string): Promise<{ base: string; child: ChildProcess; warmUp: string }> {
  const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['src/server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      PENATA_DEMO: '0',
      PENATA_WARM_UP: WARM_UP ? '1' : '0',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const port = /is running at http:\/\/localhost:(\d+)/.exec(out)?.[1];
      const warmed = /planning warmed up \(([\d.]+) s\)/.exec(out)?.[1];
      if (port && (!WARM_UP || warmed))
        resolve({ base: `http://127.0.0.1:${port}`, child, warmUp: warmed ?? '-' });
    });
    child.on('exit', (code) => reject(new Error(`the server exited (${code}) before listening:\n${out}`)));
  });
}

interface Click {
  readonly postMs: number;
  /** The phase the POST's answer carries (the page shows it at once), or null. */
  readonly postPhase: string | null;
  readonly firstEventMs: number;
  /** First event of each phase, ms after the click. */
  readonly phases: ReadonlyMap<string, number>;
  readonly endMs: number;
  readonly getMs: number;
  readonly totalMs: number;
  readonly bytes: number;
  readonly moves: number;
}

/** One press of "Jalankan", followed as the web app follows it, until the plan page has its data. */
async function click(base: string, cookie: string, scenarioId: number): Promise<Click> {
  const headers = { cookie, accept: 'application/json' };
  const t0 = performance.now();
  const ms = () => performance.now() - t0;
  const posted = await fetch(`${base}/api/scenarios/${scenarioId}/runs`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: '{}',
  });
  const run = (await posted.json()) as { id: number; state: string; progress: { phase: string | null } };
  if (posted.status !== 202) throw new Error(`POST answered ${posted.status}: ${JSON.stringify(run)}`);
  const postMs = ms();
  const postPhase = run.state === 'RUNNING' ? run.progress.phase : null;
  const stream = await fetch(`${base}/api/plans/${run.id}/events`, { headers: { cookie } });
  const reader = stream.body!.getReader();
  const decoder = new TextDecoder();
  const phases = new Map<string, number>();
  let buffer = '';
  let firstEventMs = Number.NaN;
  let endMs = Number.NaN;
  while (Number.isNaN(endMs)) {
    const { value, done } = await reader.read();
    if (done) throw new Error('the event stream closed before the end event');
    buffer += decoder.decode(value, { stream: true });
    for (let i = buffer.indexOf('\n\n'); i >= 0; i = buffer.indexOf('\n\n')) {
      const frame = buffer.slice(0, i);
      buffer = buffer.slice(i + 2);
      const event = /^event: (\w+)$/m.exec(frame)?.[1];
      const data = /^data: (.*)$/m.exec(frame)?.[1];
      if (!event || !data) continue;
      const at = ms();
      if (Number.isNaN(firstEventMs)) firstEventMs = at;
      const parsed = JSON.parse(data) as { state: string; progress: { phase: string | null } };
      if (event === 'end') {
        if (parsed.state !== 'SUCCEEDED') throw new Error(`the run ended ${parsed.state}`);
        endMs = at;
      } else if (parsed.progress.phase && !phases.has(parsed.progress.phase)) {
        phases.set(parsed.progress.phase, at);
      }
    }
  }
  await reader.cancel().catch(() => undefined);
  const page = await fetch(`${base}/api/plans/${run.id}?explanations=false`, { headers });
  const text = await page.text();
  const plan = JSON.parse(text) as { plan: { moves: unknown[] } };
  const totalMs = ms();
  return {
    postMs,
    postPhase,
    firstEventMs,
    phases,
    endMs,
    getMs: totalMs - endMs,
    totalMs,
    bytes: text.length,
    moves: plan.plan.moves.length,
  };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'penata-click-bench-'));
  const databaseUrl = `sqlite:${join(dir, 'demo.db')}`;
  let server: ChildProcess | undefined;
  try {
    let t = performance.now();
    const ctx = await openAppContext({ databaseUrl });
    await seedDemoInto(ctx, { employees: EMPLOYEES, seed: 1 });
    log(`demo seeded: ${EMPLOYEES} employees (${s2(performance.now() - t)} s)`);
    const instansiId = (await ctx.db.selectFrom('instansi').select('id').executeTakeFirstOrThrow()).id;
    const scenarioRow = await ctx.db
      .selectFrom('plan_scenarios')
      .select('id')
      .where('name', '=', SCENARIO)
      .executeTakeFirstOrThrow();
    const scenario = await getScenarioVersion<PlanScenario>(ctx.db, instansiId, scenarioRow.id);
    if (!scenario) throw new Error(`no scenario "${SCENARIO}"`);

    t = performance.now();
    const started = await startServer(databaseUrl);
    server = started.child;
    log(
      `server listening at ${started.base} (${s2(performance.now() - t)} s; planning warm-up ${started.warmUp} s)`,
    );
    const login = await fetch(`${started.base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'operator', password: PASSWORD }),
    });
    const cookie = login.headers.get('set-cookie')?.split(';')[0];
    if (!cookie) throw new Error(`sign-in failed: ${login.status}`);

    const load0 = loadavg()[0]!;
    const clicks: Click[] = [];
    const baseline: { loadMs: number; buildMs: number }[] = [];
    for (let r = 0; r < RUNS; r++) {
      // Baseline: the plan's input from the same database, built on this thread.
      t = performance.now();
      const asOf = today(ctx, instansiId) as LocalDate;
      const input = await loadPlanInput(ctx, scenario.definition, asOf, instansiId);
      const loaded = performance.now();
      const out = buildPlan(input, { clock: () => performance.now() });
      if (out.status !== 'OPTIMAL') throw new Error(`baseline: ${out.status}`);
      baseline.push({ loadMs: loaded - t, buildMs: performance.now() - loaded });
      const c = await click(started.base, cookie, scenarioRow.id);
      clicks.push(c);
      log(
        `run ${r + 1}: click to plan ${s2(c.totalMs)} s (first phase ${c.postPhase ? `${s2(c.postMs)} s, with the POST` : `${s2(c.firstEventMs)} s`}), baseline build ${s2(baseline[r]!.buildMs)} s, load ${s2(baseline[r]!.loadMs)} s`,
      );
    }
    const load1 = loadavg()[0]!;
    await ctx.close();

    const phaseOrder = ['LOADING', 'SCOPING', 'SCORING', 'SOLVING', 'PROVING', 'EXPLAINING', 'STORING'];
    const header = [
      'run',
      'first phase shown s',
      'first event s',
      ...phaseOrder.map((p) => `${p} at s`),
      'end s',
      'plan GET s (KB)',
      'click to plan s',
      'baseline build s (load s)',
      'ratio',
    ];
    const rows = clicks.map((c, i) => {
      const b = baseline[i]!;
      return [
        i === 0 ? `1 (first${WARM_UP ? '' : ', cold'})` : String(i + 1),
        s2(c.postPhase ? c.postMs : c.firstEventMs),
        s2(c.firstEventMs),
        ...phaseOrder.map((p) => (c.phases.has(p) ? s2(c.phases.get(p)!) : '-')),
        s2(c.endMs),
        `${s2(c.getMs)} (${Math.round(c.bytes / 1024)})`,
        `**${s2(c.totalMs)}**`,
        `${s2(b.buildMs)} (${s2(b.loadMs)})`,
        `${(c.totalMs / b.buildMs).toFixed(2)}x`,
      ];
    });
    const warm = clicks.slice(1);
    const warmBase = baseline.slice(1);
    const summary = [
      `${SCENARIO}, ${EMPLOYEES.toLocaleString('en')} employees, ${clicks[0]!.moves} moves; ${RUNS} runs, load average ${load0.toFixed(1)} -> ${load1.toFixed(1)} (2 cores)`,
      `first run after the server started (${WARM_UP ? `its warm-up took ${started.warmUp} s` : 'no warm-up: cold'}): click to plan ${s2(clicks[0]!.totalMs)} s, baseline build ${s2(baseline[0]!.buildMs)} s (cold, in this process)`,
      warm.length > 0
        ? `warm (median of runs 2-${RUNS}): click to plan ${s2(median(warm.map((c) => c.totalMs)))} s, first phase shown ${s2(median(warm.map((c) => (c.postPhase ? c.postMs : c.firstEventMs))))} s, baseline build ${s2(median(warmBase.map((b) => b.buildMs)))} s, ratio ${(median(warm.map((c) => c.totalMs)) / median(warmBase.map((b) => b.buildMs))).toFixed(2)}x`
        : '',
    ].filter(Boolean);
    const table = [
      ...summary,
      '',
      `| ${header.join(' | ')} |`,
      `|${header.map(() => '---').join('|')}|`,
      ...rows.map((r) => `| ${r.join(' | ')} |`),
    ].join('\n');
    process.stdout.write(`\n${table}\n`);
    const file = join(ROOT, 'bench', 'out', 'click-to-plan.md');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${table}\n`);
    log(`written to ${file}`);
  } finally {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server!.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
