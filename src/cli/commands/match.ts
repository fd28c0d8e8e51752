import type { Command } from 'commander';
import type { MatchedPost } from '../../services/matching/list-employee-matches.js';
import { employeeMatchesAt } from '../../services/matching/matches-at.js';
import { databaseUrl } from '../database-url.js';

function row(m: MatchedPost) {
  const f = m.fit;
  return {
    positionId: m.post.position.id,
    positionCode: m.post.position.code,
    positionName: m.post.position.name,
    unitName: m.unitName,
    score: f.score,
    status: f.eligibility.status,
    noData: f.noData,
    components: f.components.map((c) => ({
      component: c.component,
      value: c.value,
      weight: c.weight,
      contribution: c.contribution,
      noData: c.noData,
    })),
    blocking: f.eligibility.blocking.map((b) => ({ code: b.code, message: b.message, citation: b.citation })),
    warnings: f.eligibility.warnings.map((w) => w.code),
  };
}

/** `penata match --nip NIP --top 10 [--blocked] [--json]`: a person's best-fitting posts, explained. */
export function registerMatchCommand(program: Command): void {
  program
    .command('match')
    .description("a person's best-fitting positions with each score's breakdown")
    .requiredOption('--nip <nip>', 'the employee (18 digits)')
    .option('--top <n>', 'how many positions (1-100)', '10')
    .option('--blocked', 'also list the blocked positions with their reasons')
    .option('--as <username>', 'act as this user')
    .option('--instansi <code>', 'instansi code, when the database holds several')
    .option('--json', 'print one JSON object')
    .action(
      async (
        opts: { nip: string; top: string; blocked?: boolean; as?: string; instansi?: string; json?: boolean },
        cmd: Command,
      ) => {
        const top = Number(opts.top);
        if (!Number.isInteger(top) || top < 1 || top > 100) {
          console.error('--top must be an integer from 1 to 100');
          process.exitCode = 2;
          return;
        }
        const r = await employeeMatchesAt(
          databaseUrl(cmd),
          opts.nip,
          { top, includeBlocked: opts.blocked === true },
          { as: opts.as, instansi: opts.instansi },
        );
        const out = {
          nip: r.employee.nip,
          name: r.employee.name,
          asOf: r.asOf,
          ruleTableVersion: r.ruleTableVersion,
          current: r.current ? row(r.current) : null,
          matches: r.matches.map(row),
          eligibleCount: r.eligibleCount,
          blocked: r.blocked ? r.blocked.map(row) : null,
          blockedCount: r.blockedCount,
        };
        if (opts.json) {
          console.log(JSON.stringify(out));
          return;
        }
        console.log(`${out.name} (${out.nip}), as of ${out.asOf}: ${out.eligibleCount} eligible positions`);
        for (const [i, m] of out.matches.entries()) {
          console.log(
            `${String(i + 1).padStart(3)}. ${m.score.toFixed(2).padStart(6)}  ${m.positionName} — ${m.unitName}`,
          );
        }
        for (const b of out.blocked ?? [])
          console.log(`  BLOCKED ${b.positionName}: ${b.blocking.map((x) => x.code).join(', ')}`);
      },
    );
}
