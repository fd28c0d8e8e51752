/**
 * Whole-city mutation plan benchmark (issue 6): `buildPlan` end to end, scoring included.
 *
 *   npm run bench:plan -- [--employees N] [--max-moves M] [--runs R] [--seed S] [--cache-pairs P]
 *                         [--block-rows B] [--no-limit-only]
 *
 * Generates the Kota Sibolga demo world for N employees (default 2,500) in memory (no database, as
 * matching.bench does), then builds the WHOLE_CITY plan without a move limit and with maxMoves = M
 * (default 150), R times each (default 3; the best run is reported, the first pays the JIT warm-up).
 * Prints per scenario the phases (scoring, solves and of them the pricing passes, explaining),
 * solves and pricing rounds, the allowed pairs against those of the final restricted problem, the
 * scoring passes (1 when the scored pairs are kept: up to P, default 6 million), and the
 * certificate: held on every solve, checked on every allowed pair, and what it proves with the move
 * limit ("proven optimal", or the gap to the limit's optimum after the bound solves). Writes the
 * table to bench/out/plan-N.md.
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { inputsFromDataset } from '../src/core/matching/from-dataset.js';
import { DEFAULT_MATCHING_POLICY } from '../src/core/matching/policy.js';
import { syntheticPerformance } from '../src/core/matching/testing/synthetic-performance.js';
import type { LocalDate } from '../src/core/model/local-date.js';
import { buildPlan } from '../src/core/solver/plan/build-plan.js';
import { planBaseOf } from '../src/core/solver/plan/plan-fixtures.js';
import type { EligiblePairOptions } from '../src/core/solver/plan/plan-pairs.js';
import {
  DEFAULT_PLAN_OBJECTIVES,
  type Plan,
  type PlanInput,
  type PlanPhase,
} from '../src/core/solver/plan/plan-types.js';
import { generateSibolgaDemo } from '../src/demo/generate-sibolga-demo.js';

const AS_OF = '2026-11-01' as LocalDate;

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(v)) throw new Error(`--${name} must be a number`);
  return v;
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const peakRssMb = () => process.resourceUsage().maxRSS / 1024;
const log = (s: string) => process.stderr.write(`${s}\n`);

interface Run {
  readonly plan: Plan;
  readonly totalMs: number;
  readonly phaseMs: Record<PlanPhase, number>;
}

/** One build with the time of each phase, taken from the progress reports. */
function timedBuild(input: PlanInput, pairOptions: EligiblePairOptions): Run {
  const phaseMs: Record<PlanPhase, number> = {
    SCOPING: 0,
    SCORING: 0,
    SOLVING: 0,
    PROVING: 0,
    EXPLAINING: 0,
  };
  let phase = null as PlanPhase | null;
  let since = performance.now();
  const t0 = since;
  const out = buildPlan(
    input,
    {
      clock: () => performance.now(),
      onProgress: (p) => {
        if (p.phase === phase) return;
        const now = performance.now();
        if (phase) phaseMs[phase] += now - since;
        [phase, since] = [p.phase, now];
      },
    },
    pairOptions,
  );
  const end = performance.now();
  if (phase) phaseMs[phase] += end - since;
  if (out.status !== 'OPTIMAL') throw new Error(`expected a plan, got ${out.status}`);
  return { plan: out, totalMs: end - t0, phaseMs };
}

/** What the plan proves with its move limit: proven optimal (and why), or the gap to that optimum. */
function optimality(plan: Plan): string {
  const o = plan.optimality;
  if (o?.status === 'PROVEN_OPTIMAL') return `proven optimal (${o.basis})`;
  if (o?.status === 'BOUNDED') return `within ${fmt(o.gap, 4)} fit points of the limit's optimum`;
  return 'NOT proven';
}

function row(label: string, runs: readonly Run[]): string[] {
  const best = runs.reduce((a, b) => (b.totalMs < a.totalMs ? b : a));
  const { plan, phaseMs } = best;
  const p = plan.pricing!;
  const solveMs = plan.solves.reduce((n, s) => n + s.seconds * 1000, 0);
  const pricingMs = plan.solves.reduce((n, s) => n + (s.pricingSeconds ?? 0) * 1000, 0);
  const allHold = plan.solves.every((s) => s.certificate.holds);
  return [
    label,
    `${fmt(best.totalMs)} (runs: ${runs.map((r) => fmt(r.totalMs)).join(', ')})`,
    fmt(phaseMs.SCOPING + phaseMs.SCORING),
    // The bound solves (PROVING) are solves too: the column keeps its meaning across versions.
    `${fmt(phaseMs.SOLVING + phaseMs.PROVING)} (solver ${fmt(solveMs - pricingMs)}, pricing + full check ${fmt(pricingMs)})`,
    fmt(phaseMs.EXPLAINING),
    `${plan.solveCount}${plan.boundSolves?.length ? ` + ${plan.boundSolves.length} bound` : ''} / ${p.pricingRounds}`,
    `${fmt(p.eligiblePairs)} / ${fmt(p.restrictedPairs)}`,
    `${fmt(p.eligibleSeatPairs)} / ${fmt(p.restrictedSeatPairs)}`,
    `${p.scoringPasses}${p.streamed ? ' (streamed)' : ''}`,
    `${allHold ? 'all hold' : 'FAILED'}, ${p.coversAllPairs ? 'all pairs' : 'restricted only'}, ${optimality(plan)}`,
    fmt(plan.totals.moves),
  ];
}

function main(): void {
  const employees = arg('employees', 2500);
  const maxMoves = arg('max-moves', 150);
  const runs = arg('runs', 3);
  const seed = arg('seed', 1);
  const cachePairs = arg('cache-pairs', 6_000_000);
  const blockRows = arg('block-rows', 0);

  let t = performance.now();
  const data = generateSibolgaDemo({ seed, employees, asOf: AS_OF });
  const inputs = inputsFromDataset(data, { performance: (e) => syntheticPerformance(e.nip, 2026) });
  const base: Omit<PlanInput, 'scenario'> = planBaseOf(inputs, AS_OF);
  const seats = inputs.posts.reduce((n, p) => n + p.position.seats, 0);
  log(
    `data: ${fmt(inputs.candidates.length)} employees, ${fmt(inputs.posts.length)} positions, ${fmt(seats)} seats (${((performance.now() - t) / 1000).toFixed(1)} s)`,
  );

  const scenarios: [string, number | null][] = [
    ['no move limit', null],
    [`maxMoves ${fmt(maxMoves)}`, maxMoves],
  ];
  // --no-limit-only: the move-limit loop solves ~30 times; on a big city without the scores kept in
  // memory every solve scores the city again.
  if (process.argv.includes('--no-limit-only')) scenarios.pop();
  const header = [
    'scenario',
    'total ms (best)',
    'scoring ms',
    'solves ms',
    'explaining ms',
    'solves (+ bound solves) / restricted solves',
    'allowed / restricted (row, post) pairs',
    'allowed / restricted seat pairs',
    'scoring passes',
    'certificate',
    'moves',
  ];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const [label, limit] of scenarios) {
    const input: PlanInput = {
      ...base,
      scenario: {
        name: 'bench',
        scope: { mode: 'WHOLE_CITY' },
        policyVersion: DEFAULT_MATCHING_POLICY.version,
        objectives: { ...DEFAULT_PLAN_OBJECTIVES, maxMoves: limit },
      },
    };
    const done: Run[] = [];
    for (let r = 0; r < runs; r++) {
      t = performance.now();
      done.push(timedBuild(input, { cachePairs, ...(blockRows > 0 ? { blockRows } : {}) }));
      log(`${label}: run ${r + 1} ${fmt(performance.now() - t)} ms`);
    }
    lines.push(`| ${row(label, done).join(' | ')} |`);
    log(lines.at(-1)!);
  }
  lines.push('', `peak RSS (whole process): ${fmt(peakRssMb())} MB`);
  const table = lines.join('\n');
  process.stdout.write(`\n${table}\n`);
  const out = join(dirname(fileURLToPath(import.meta.url)), 'out', `plan-${employees}.md`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${table}\n`);
  log(`written to ${out}`);
}

main();
