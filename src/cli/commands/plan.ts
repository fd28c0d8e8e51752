import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { type LocalDate, parseLocalDate } from '../../core/model/local-date.js';
import { optimalityOf } from '../../core/solver/plan/plan-optimality.js';
import type { Plan, PlanOptimality, PlanOutcome } from '../../core/solver/plan/plan-types.js';
import { runAsCliCaller } from '../../services/evaluation/cli-caller.js';
import { getPlan, type PlanWithRun } from '../../services/planning/get-plan.js';
import { getScenarioByName } from '../../services/planning/get-scenario.js';
import { listScenarios } from '../../services/planning/list-scenarios.js';
import { planJobs } from '../../services/planning/plan-job-runner.js';
import { startPlanRun } from '../../services/planning/start-plan-run.js';
import { databaseUrl } from '../database-url.js';
import { progressPrinter } from '../progress.js';

const CALLER_OPTIONS = [
  ['--as <username>', 'act as this user (default: the machine operator, as head of BKPSDM)'],
  ['--instansi <code>', 'instansi code when the database holds several'],
] as const;

interface CallerOpts {
  as?: string;
  instansi?: string;
  json?: boolean;
}

function localDate(value: string) {
  const r = parseLocalDate(value, 'asOf');
  if (!r.ok) throw new InvalidArgumentError(r.error.message.en);
  return r.value;
}

function planId(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a plan id (a positive integer)');
  return n;
}

const points = (v: number) => v.toFixed(1);

/** What the plan proves, in one line (the optimality decides; a certificate alone is not enough). */
function optimalityLine(o: PlanOptimality): string {
  switch (o.status) {
    case 'PROVEN_OPTIMAL':
      return o.basis === 'BOUND_MET'
        ? 'proven optimal within the move limit (the Lagrangian bound meets the plan)'
        : o.basis === 'LIMIT_NOT_BINDING'
          ? 'proven optimal (certificate holds; the move limit does not bind)'
          : 'proven optimal (certificate holds)';
    case 'BOUNDED':
      return `NOT proven optimal within the move limit: at most ${o.gap.toFixed(4)} fit points below the best plan with at most ${o.maxMoves} moves (plan ${o.value.toFixed(4)}, bound ${o.bound.toFixed(4)}; ${o.moves} moves)`;
    case 'NOT_PROVEN':
      return 'NOT proven optimal (certificate failed)';
  }
}

/** Vacant JPT posts and their nominees, with position names. */
function nominationsOf(plan: Plan | null, found: PlanWithRun) {
  const name = (positionId: number | null) =>
    positionId === null ? null : (found.labels.positions.get(positionId)?.name ?? `#${positionId}`);
  return (plan?.nominations ?? []).map((n) => ({
    positionId: n.positionId,
    position: name(n.positionId),
    vacantSeats: n.vacantSeats,
    nominees: n.nominees.map((x) => ({
      nip: x.nip,
      name: x.name,
      fit: x.fit,
      eligibilityStatus: x.eligibilityStatus,
      current: name(x.currentPositionId),
      plannedPositionId: x.plannedPositionId,
    })),
  }));
}

/** The figures both `plan run` and `plan show` print: one JSON object or a few lines. */
function summary(found: PlanWithRun) {
  const { run, scenarioName, outcome } = found;
  const plan = outcome?.status === 'OPTIMAL' ? outcome : null;
  const optimality = plan ? optimalityOf(plan) : null;
  return {
    id: run.id,
    scenario: scenarioName,
    scenarioVersion: run.scenarioVersion,
    planVersion: run.runNo,
    asOf: run.asOf,
    state: run.state,
    moves: plan?.totals.moves ?? null,
    fitBefore: plan?.totals.fitBefore ?? null,
    fitAfter: plan?.totals.fitAfter ?? null,
    unfilledSeatsBefore: plan?.totals.unfilledSeatsBefore ?? null,
    unfilledSeatsAfter: plan?.totals.unfilledSeatsAfter ?? null,
    solves: plan?.solveCount ?? null,
    finalMoveCost: plan?.finalMoveCost ?? null,
    provenOptimal: optimality?.status === 'PROVEN_OPTIMAL',
    certified: run.certified,
    optimality,
    nominations: nominationsOf(plan, found),
    infeasible: outcome?.status === 'INFEASIBLE' ? { message: outcome.message.en, rows: outcome.rows } : null,
    error: run.error,
  };
}

function printSummary(s: ReturnType<typeof summary>): void {
  console.log(
    `Plan #${s.id}: ${s.scenario} (scenario v${s.scenarioVersion}, plan v${s.planVersion}) as of ${s.asOf}`,
  );
  console.log(`  state: ${s.state}`);
  if (s.moves !== null) {
    console.log(`  moves: ${s.moves} (${s.solves} solve(s), move cost ${s.finalMoveCost})`);
    console.log(`  total fit: ${points(s.fitBefore!)} -> ${points(s.fitAfter!)}`);
    console.log(`  unfilled seats: ${s.unfilledSeatsBefore} -> ${s.unfilledSeatsAfter}`);
    if (s.optimality) console.log(`  ${optimalityLine(s.optimality)}`);
  }
  if (s.nominations.length > 0) {
    console.log(
      '  JPT posts are filled by open selection (PP 11/2017 Pasal 108-121), never by a plan; nominees:',
    );
    for (const n of s.nominations) {
      const names = n.nominees.map((x) => `${x.nip} ${x.name} (fit ${points(x.fit)})`).join('; ');
      console.log(`    ${n.position}: ${names || 'no eligible candidate'}`);
    }
  }
  if (s.infeasible) {
    console.log(`  infeasible: ${s.infeasible.message}`);
    for (const r of s.infeasible.rows.slice(0, 20)) console.log(`    ${r.nip}: ${r.reason}`);
  }
  if (s.error) console.log(`  error: ${s.error.code}: ${s.error.message.en}`);
}

function printMoves(outcome: PlanOutcome | null, found: PlanWithRun): void {
  if (outcome?.status !== 'OPTIMAL') return;
  const name = (positionId: number | null) =>
    positionId === null ? '(no post)' : (found.labels.positions.get(positionId)?.name ?? `#${positionId}`);
  for (const m of outcome.moves) {
    const before = m.fitBefore === null ? '-' : points(m.fitBefore);
    console.log(
      `  [chain ${m.chainId}.${m.chainOrder}] ${m.nip} ${m.name}: ${name(m.fromPositionId)} -> ${name(m.toPositionId)} (fit ${before} -> ${points(m.fitAfter)})`,
    );
  }
}

/**
 * `penata plan run --scenario NAME [--as-of DATE] [--json]`: runs a saved scenario as a plan run (the
 * same background job as the API, in a worker thread) with a progress bar on stderr, then prints
 * the plan's summary; exit 1 when the plan is infeasible or the run did not succeed.
 * `penata plan show ID [--moves] [--json]` prints a stored plan; `penata scenario list` the scenarios.
 */
export function registerPlanCommands(program: Command): void {
  const plan = program.command('plan').description('mutation plans: run a scenario, show a plan');
  const run = plan
    .command('run')
    .description('compute a plan for a saved scenario (a new plan version)')
    .requiredOption('--scenario <name>', 'the scenario name (see `penata scenario list`)')
    .option('--as-of <date>', 'date of the planned moves, YYYY-MM-DD (default: today)', localDate)
    .option('--json', 'print one JSON object');
  for (const [flag, help] of CALLER_OPTIONS) run.option(flag, help);
  run.action(async (opts: CallerOpts & { scenario: string; asOf?: LocalDate }, cmd: Command) => {
    const found = await runAsCliCaller(databaseUrl(cmd), opts, async (ctx, principal) => {
      const scenario = await getScenarioByName(ctx, principal, opts.scenario);
      const started = await startPlanRun(
        ctx,
        principal,
        scenario.scenarioId,
        { asOf: opts.asOf },
        { ip: 'cli' },
      );
      const jobs = planJobs(ctx);
      let phase = '';
      let bar = (_done: number, _total: number) => {};
      const stopWatching = jobs.subscribe(started.run.id, (e) => {
        if (e.final || !e.progress.phase) return;
        if (e.progress.phase !== phase) {
          phase = e.progress.phase;
          bar = progressPrinter(`plan ${phase.toLowerCase()}`);
        }
        bar(e.progress.done, e.progress.total);
      });
      const interrupt = () => void jobs.cancel(started.run.id);
      process.once('SIGINT', interrupt);
      try {
        await jobs.whenDone(started.run.id);
      } finally {
        stopWatching();
        process.off('SIGINT', interrupt);
      }
      return getPlan(ctx, principal, started.run.id);
    });
    const s = summary(found);
    if (opts.json) process.stdout.write(`${JSON.stringify(s)}\n`);
    else printSummary(s);
    if (s.state !== 'SUCCEEDED') process.exitCode = 1;
  });

  const show = plan
    .command('show')
    .description('show a stored plan: its state, totals and (with --moves) every move')
    .argument('<id>', 'plan id', planId)
    .option('--moves', 'list every move with its vacancy chain')
    .option('--json', 'print one JSON object (with the moves)');
  for (const [flag, help] of CALLER_OPTIONS) show.option(flag, help);
  show.action(async (id: number, opts: CallerOpts & { moves?: boolean }, cmd: Command) => {
    const found = await runAsCliCaller(databaseUrl(cmd), opts, (ctx, principal) =>
      getPlan(ctx, principal, id),
    );
    if (opts.json) {
      const moves = found.outcome?.status === 'OPTIMAL' ? found.outcome.moves : [];
      const out = {
        ...summary(found),
        moves: moves.map((m) => ({
          nip: m.nip,
          name: m.name,
          fromPositionId: m.fromPositionId,
          toPositionId: m.toPositionId,
          fitBefore: m.fitBefore,
          fitAfter: m.fitAfter,
          chainId: m.chainId,
          chainOrder: m.chainOrder,
          reasons: m.explanation.reasons,
        })),
      };
      process.stdout.write(`${JSON.stringify(out)}\n`);
      return;
    }
    printSummary(summary(found));
    if (opts.moves) printMoves(found.outcome, found);
  });

  const scenario = program.command('scenario').description('saved planning scenarios');
  const list = scenario
    .command('list')
    .description('the saved scenarios (current versions)')
    .option('--json', 'print JSON');
  for (const [flag, help] of CALLER_OPTIONS) list.option(flag, help);
  list.action(async (opts: CallerOpts, cmd: Command) => {
    const items = await runAsCliCaller(databaseUrl(cmd), opts, listScenarios);
    const rows = items.map((s) => ({
      id: s.scenarioId,
      name: s.name,
      version: s.version,
      mode: s.definition.scope.mode,
      maxMoves: s.definition.objectives.maxMoves,
      savedAt: s.savedAt,
    }));
    if (opts.json) {
      process.stdout.write(`${JSON.stringify({ scenarios: rows })}\n`);
      return;
    }
    if (rows.length === 0) console.log('No scenarios.');
    for (const r of rows) {
      console.log(
        `  #${r.id} ${r.name} (v${r.version}, ${r.mode}${r.maxMoves === null ? '' : `, max ${r.maxMoves} moves`})`,
      );
    }
  });
}
