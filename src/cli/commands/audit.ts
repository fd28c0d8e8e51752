import type { Command } from 'commander';
import { verifyAuditAt } from '../../services/audit/verify-audit.js';
import { databaseUrl } from '../database-url.js';

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('the tamper-evident audit log');
  audit
    .command('verify')
    .description('walk the SHA-256 chain; exit 0 when intact, 1 with the id of the first broken entry')
    .option('--json', 'print one JSON object')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      const result = await verifyAuditAt(databaseUrl(cmd));
      if (opts.json) console.log(JSON.stringify(result));
      else if (result.ok) console.log(`Audit chain intact: ${result.count} entries`);
      else console.log(`Audit chain BROKEN at entry ${result.brokenAt} (${result.reason})`);
      process.exitCode = result.ok ? 0 : 1;
    });
}
