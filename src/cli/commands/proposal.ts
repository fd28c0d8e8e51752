import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { type LocalDate, parseLocalDate } from '../../core/model/local-date.js';
import { PROPOSAL_STATES, type ProposalState } from '../../core/workflow/proposal-states.js';
import { runAsCliCaller } from '../../services/evaluation/cli-caller.js';
import { checkProposalDecree } from '../../services/process/check-decree.js';
import { listProposals } from '../../services/process/list-proposals.js';
import { takeDueEffects } from '../../services/process/take-due-effects.js';
import { databaseUrl } from '../database-url.js';

function state(value: string): ProposalState {
  const s = value.toUpperCase();
  if (!(PROPOSAL_STATES as readonly string[]).includes(s))
    throw new InvalidArgumentError(`one of ${PROPOSAL_STATES.join(', ')}`);
  return s as ProposalState;
}

function date(value: string): LocalDate {
  const r = parseLocalDate(value);
  if (!r.ok) throw new InvalidArgumentError('a calendar date YYYY-MM-DD');
  return r.value;
}

type Caller = { as?: string; instansi?: string };

/**
 * `penata proposal list [--state S] [--json]`, `penata proposal decree-check <number> [--date D]`
 * (what keeps the proposal's SK from being issued) and `penata proposal take-effect --date YYYY-MM-DD`
 * (the moves of announced proposals whose objection window has closed and whose TMT has come).
 */
export function registerProposalCommands(program: Command): void {
  const proposal = program.command('proposal').description('mutation proposals (usulan mutasi)');
  proposal
    .command('list')
    .description('proposals, newest first')
    .option('--state <state>', 'only this state, e.g. VERIFIED', state)
    .option('--json', 'print one JSON object')
    .option('--as <username>', 'act as this user (default: the machine operator, as head of BKPSDM)')
    .option('--instansi <code>', 'instansi code when the database holds several')
    .action(async (opts: Caller & { state?: ProposalState; json?: boolean }, cmd: Command) => {
      const list = await runAsCliCaller(databaseUrl(cmd), opts, (ctx, principal) =>
        listProposals(ctx, principal, { states: opts.state ? [opts.state] : undefined }),
      );
      const rows = list.items.map((s) => ({
        number: s.proposal.number,
        state: s.proposal.state,
        round: s.proposal.round,
        tmt: s.proposal.tmt,
        items: s.itemCount,
        title: s.proposal.title,
      }));
      if (opts.json) {
        process.stdout.write(`${JSON.stringify({ proposals: rows })}\n`);
        return;
      }
      if (rows.length === 0) console.log('No proposals');
      for (const r of rows)
        console.log(
          `${r.number}  ${r.state.padEnd(10)} ${r.round.padEnd(8)} TMT ${r.tmt}  ${r.items} moves  ${r.title}`,
        );
    });
  proposal
    .command('decree-check <number>')
    .description("what keeps the proposal's SK from being issued (signatories, dates, board, election)")
    .option('--date <YYYY-MM-DD>', 'the SK date to check (default: today at the instansi)', date)
    .option('--json', 'print one JSON object')
    .option('--as <username>', 'act as this user (default: the machine operator, as head of BKPSDM)')
    .option('--instansi <code>', 'instansi code when the database holds several')
    .action(async (number: string, opts: Caller & { date?: LocalDate; json?: boolean }, cmd: Command) => {
      const check = await runAsCliCaller(databaseUrl(cmd), opts, async (ctx, principal) => {
        const found = (await listProposals(ctx, principal, {})).items.find(
          (s) => s.proposal.number === number,
        );
        return found ? checkProposalDecree(ctx, principal, found.proposal.id, opts.date) : null;
      });
      if (!check) {
        console.error(`No proposal ${number}`);
        process.exitCode = 2;
        return;
      }
      if (opts.json) {
        process.stdout.write(`${JSON.stringify({ number, ...check })}\n`);
        return;
      }
      console.log(`${number}  SK date ${check.date}  ${check.moves} moves  ${check.title.subject}`);
      for (const f of check.findings) console.log(`  ${f.code}  ${f.field}: ${f.message.en}`);
      console.log(check.findings.length === 0 ? 'Nothing found' : `${check.findings.length} findings`);
    });
  proposal
    .command('take-effect')
    .description('apply the moves that are due on a date (each proposal in its own transaction)')
    .requiredOption('--date <YYYY-MM-DD>', 'the date the moves take effect on (not in the future)', date)
    .option('--json', 'print one JSON object')
    .option('--as <username>', 'act as this user (default: the machine operator, as head of BKPSDM)')
    .option('--instansi <code>', 'instansi code when the database holds several')
    .action(async (opts: Caller & { date: LocalDate; json?: boolean }, cmd: Command) => {
      const results = await runAsCliCaller(databaseUrl(cmd), opts, (ctx, principal) =>
        takeDueEffects(ctx, principal, opts.date),
      );
      if (opts.json) process.stdout.write(`${JSON.stringify({ date: opts.date, results })}\n`);
      else if (results.length === 0) console.log('No announced proposals');
      else
        for (const r of results)
          console.log(`${r.number}  ${r.outcome}${r.code ? `  ${r.code}: ${r.message}` : ''}`);
    });
}
