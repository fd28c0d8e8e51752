/**
 * Whole-city person-post scoring benchmark (issue 5), with its naive baselines measured in the same run.
 *
 *   node_modules/.bin/tsx bench/matching.bench.ts [--employees N] [--positions M] [--top-k K] [--seed S]
 *                                                 [--runs R] [--naive-pairs X] [--explained-pairs Y]
 *
 * Builds the Kota Sibolga demo for N employees (default 2,500; 100,000 gives ~44,000 positions) with
 * synthetic evaluations and takes a deterministic, evenly spaced subset of M positions (default
 * 1,000). Scores every (employee, position) pair with `scoreAllPairs`: top-K per person (default all
 * eligible pairs up to 10^7 pairs considered, else 50), 3 runs up to 10^7 pairs, else 1 (--runs);
 * rates come from the best run. Then the baselines, on an evenly spaced sample of employees (run
 * after, so the JIT is warm for them too):
 *  - naive: the same rule checks and score kernel for every pair against all M positions (facts
 *    prepared once per person and post, early exit on the first block), without the post index,
 *    the memo or the top-K cut; its eligible pairs and score sum are checked against scoreAllPairs;
 *  - explained: `explainFit` for every pair (the single-pair API in a double loop), 40 employees
 *    against an evenly spaced subset of the positions.
 * Prints a table and writes it to bench/out/matching-NxM.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { EligibilityContext } from '../src/core/eligibility/context.js';
import { outcomeOf } from '../src/core/eligibility/evaluate-eligibility.js';
import { candidateFacts, pairFacts, postFacts } from '../src/core/eligibility/facts/facts.js';
import { RULES } from '../src/core/eligibility/registry.js';
import { settingOf } from '../src/core/eligibility/rule-table.js';
import { CompetencyCodes } from '../src/core/matching/competency-fit.js';
import { explainFit } from '../src/core/matching/explain-fit.js';
import { inputsFromDataset } from '../src/core/matching/from-dataset.js';
import type { Candidate, Post } from '../src/core/matching/inputs.js';
import { DEFAULT_MATCHING_POLICY, type MatchingPolicy } from '../src/core/matching/policy.js';
import { scoreUnits } from '../src/core/matching/score-aggregate.js';
import { scoreAllPairs } from '../src/core/matching/score-all-pairs.js';
import { compileCandidate, compilePolicy, compileScorePost } from '../src/core/matching/score-inputs.js';
import { COMPONENT_COUNT, componentValues } from '../src/core/matching/score-kernel.js';
import { buildContext } from '../src/core/matching/testing/factories.js';
import { syntheticPerformance } from '../src/core/matching/testing/synthetic-performance.js';
import type { LocalDate } from '../src/core/model/local-date.js';
import { generateSibolgaDemo } from '../src/demo/generate-sibolga-demo.js';

const AS_OF = '2026-11-01' as LocalDate;

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(v) && v !== Number.POSITIVE_INFINITY) throw new Error(`--${name} must be a number`);
  return v;
}

/** `count` indices spread evenly over 0..total-1 (deterministic). */
const spread = (total: number, count: number): number[] =>
  Array.from({ length: Math.min(count, total) }, (_, i) => Math.floor((i * total) / Math.min(count, total)));

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const peakRssMb = () => process.resourceUsage().maxRSS / 1024;

/** The naive loop: every rule and the score kernel for every pair; returns eligible pairs and their score sum. */
function naive(
  candidates: readonly Candidate[],
  posts: readonly Post[],
  ctx: EligibilityContext,
  policy: MatchingPolicy,
) {
  const cp = compilePolicy(policy);
  const codes = new CompetencyCodes();
  const pfs = posts.map(postFacts);
  const sps = pfs.map((pf) => compileScorePost(pf, policy, codes));
  const rules = RULES.map((rule) => ({ rule, setting: settingOf(ctx.ruleTable, rule.code) })).filter(
    (r) => r.setting.severity !== 'OFF',
  );
  const values = new Float64Array(COMPONENT_COUNT);
  let eligible = 0;
  let units = 0;
  for (const c of candidates) {
    const cf = candidateFacts(c, ctx.asOf);
    const sc = compileCandidate(cf, policy, codes);
    for (let p = 0; p < posts.length; p++) {
      const pair = pairFacts(cf, pfs[p]!);
      let blocked = false;
      for (const { rule, setting } of rules) {
        if (outcomeOf(rule.check(pair, ctx, setting.params), setting, pair.p.kind) === 'BLOCK') {
          blocked = true;
          break;
        }
      }
      if (blocked) continue;
      componentValues(sc, sps[p]!, cp, values);
      units += scoreUnits(values, cp.weights, cp.weightSum);
      eligible++;
    }
  }
  return { eligible, units };
}

function main(): void {
  const employees = arg('employees', 2500);
  const positions = arg('positions', 1000);
  const seed = arg('seed', 1);
  const naivePairs = arg('naive-pairs', 2_000_000);
  const explainedPairs = arg('explained-pairs', 40_000);
  const log = (s: string) => process.stderr.write(`${s}\n`);

  let t = performance.now();
  const data = generateSibolgaDemo({ seed, employees, asOf: AS_OF });
  const inputs = inputsFromDataset(data, { performance: (e) => syntheticPerformance(e.nip, 2026) });
  const posts = spread(inputs.posts.length, positions).map((i) => inputs.posts[i]!);
  const candidates = inputs.candidates;
  const setupSeconds = (performance.now() - t) / 1000;
  const considered = candidates.length * posts.length;
  const topK = arg('top-k', considered <= 1e7 ? Number.POSITIVE_INFINITY : 50);
  log(
    `data: ${fmt(candidates.length)} employees, ${fmt(posts.length)} of ${fmt(inputs.posts.length)} positions (${setupSeconds.toFixed(1)} s)`,
  );
  const ctx = buildContext({ asOf: AS_OF });
  const policy = DEFAULT_MATCHING_POLICY;

  // Small instances run a few times: the first run pays the JIT warm-up, the best shows the steady state.
  const runs = arg('runs', considered <= 1e7 ? 3 : 1);
  const times: number[] = [];
  let result: ReturnType<typeof scoreAllPairs> | null = null;
  for (let r = 0; r < runs; r++) {
    t = performance.now();
    result = scoreAllPairs(candidates, posts, ctx, policy, {
      topK,
      onProgress: (done, total) => {
        if (r === 0 && (done % 16384 === 0 || done === total))
          log(`  scored ${fmt(done)} / ${fmt(total)} employees`);
      },
    });
    times.push((performance.now() - t) / 1000);
  }
  const { pairs, stats } = result!;
  const seconds = Math.min(...times);
  const rssAfterScoring = peakRssMb();

  // Baselines on a sample of employees against all positions.
  const naiveSample = spread(candidates.length, Math.max(1, Math.ceil(naivePairs / posts.length))).map(
    (i) => candidates[i]!,
  );
  t = performance.now();
  const nv = naive(naiveSample, posts, ctx, policy);
  const naiveSeconds = (performance.now() - t) / 1000;
  const naiveRate = (naiveSample.length * posts.length) / naiveSeconds;
  const check = scoreAllPairs(naiveSample, posts, ctx, policy, { topK: Number.POSITIVE_INFINITY });
  const agrees =
    check.stats.pairsScored === nv.eligible && check.pairs.scoreUnits.reduce((s, u) => s + u, 0) === nv.units;

  // explainFit is slow: 40 employees against an evenly spaced subset of the positions.
  const explainedSample = spread(candidates.length, 40).map((i) => candidates[i]!);
  const explainedPosts = spread(
    posts.length,
    Math.max(1, Math.ceil(explainedPairs / explainedSample.length)),
  ).map((i) => posts[i]!);
  t = performance.now();
  let explainedEligible = 0;
  for (const c of explainedSample) {
    for (const post of explainedPosts) {
      if (explainFit(c, post, ctx, policy).eligibility.status !== 'BLOCKED') explainedEligible++;
    }
  }
  const explainedSeconds = (performance.now() - t) / 1000;
  const explainedRate = (explainedSample.length * explainedPosts.length) / explainedSeconds;

  const rate = considered / seconds;
  const rows: [string, string][] = [
    ['employees x positions', `${fmt(candidates.length)} x ${fmt(posts.length)}`],
    ['pairs considered', fmt(considered)],
    [
      'pruned before scoring',
      `${fmt(stats.pairsPruned)} (${((100 * stats.pairsPruned) / considered).toFixed(1)}%)`,
    ],
    ['pairs scored (eligible)', fmt(stats.pairsScored)],
    [
      'pairs kept (top-K + stay)',
      `${fmt(stats.pairsKept)} (K = ${topK === Number.POSITIVE_INFINITY ? 'all' : topK})`,
    ],
    ['rule groups / score groups', `${fmt(stats.ruleGroups)} / ${fmt(stats.scoreGroups)}`],
    [
      'rule checks run / score computations run',
      `${fmt(stats.ruleChecks)} / ${fmt(stats.scoreComputations)}`,
    ],
    [
      'scoring seconds (best; first run)',
      `${seconds.toFixed(2)}; ${times[0]!.toFixed(2)} (${runs} run${runs > 1 ? 's' : ''})`,
    ],
    ['pairs considered / s', fmt(rate)],
    ['pairs scored / s', fmt(stats.pairsScored / seconds)],
    ['peak RSS MB (whole process, data included)', fmt(rssAfterScoring)],
    [
      'result arrays MB (CSR)',
      fmt(
        [
          pairs.rowStart,
          pairs.employeeIndex,
          pairs.positionIndex,
          pairs.scoreUnits,
          pairs.score,
          pairs.status,
        ].reduce((s, a) => s + a.byteLength, 0) /
          2 ** 20,
        1,
      ),
    ],
    ['setup seconds (demo generation + inputs)', setupSeconds.toFixed(1)],
    [
      'naive loop: pairs considered / s (sample)',
      `${fmt(naiveRate)} (${fmt(naiveSample.length)} employees x ${fmt(posts.length)}; agrees with scoreAllPairs: ${agrees ? 'yes' : 'NO'})`,
    ],
    ['naive loop: estimated seconds for all pairs', fmt(considered / naiveRate, 1)],
    ['speed-up vs naive loop', `${fmt(rate / naiveRate, 1)}x`],
    [
      'explainFit per pair: pairs / s (sample)',
      `${fmt(explainedRate)} (${fmt(explainedSample.length)} employees x ${fmt(explainedPosts.length)}; ${fmt(explainedEligible)} eligible)`,
    ],
    ['speed-up vs explainFit per pair', `${fmt(rate / explainedRate, 0)}x`],
  ];
  const table = ['| measure | value |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
  const note = `Node ${process.version}, seed ${seed}, as of ${AS_OF}, policy ${policy.version}, rule table ${ctx.ruleTable.version}.`;
  process.stdout.write(`\n${table}\n\n${note}\n`);
  const out = join(
    dirname(fileURLToPath(import.meta.url)),
    'out',
    `matching-${candidates.length}x${posts.length}.md`,
  );
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(
    out,
    `# Whole-city matching, ${fmt(candidates.length)} x ${fmt(posts.length)}\n\n${table}\n\n${note}\n`,
  );
  if (!agrees) process.exitCode = 1;
}

main();
