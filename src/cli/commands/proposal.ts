import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { type LocalDate, parseLocalDate } from '../../core/model/local-date.js';
import { PROPOSAL_STATES, type ProposalState } from '../../core/workflow/proposal-states.js';
import { runAsCliCaller } from '../../services/evaluation/cli-caller.js';
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
 * `penata proposal list [--state S] [--json]` and `penata proposal take-effect --date YYYY-MM-DD`
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
