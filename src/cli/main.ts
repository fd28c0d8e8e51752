import { Command, CommanderError } from 'commander';
import { DomainError } from '../core/errors.js';
import { PENATA_VERSION } from '../services/app-context.js';
import { registerAuditCommands } from './commands/audit.js';
import { registerDbCommands } from './commands/db.js';
import { registerEvaluationCommands } from './commands/evaluation.js';
import { registerExportCommand } from './commands/export.js';
import { registerImportCommand } from './commands/import.js';
import { registerInstansiCommands } from './commands/instansi.js';
import { registerMatchCommand } from './commands/match.js';
import { registerPlanCommands } from './commands/plan.js';
import { registerProposalCommands } from './commands/proposal.js';
import { registerSolveCommand } from './commands/solve.js';
import { registerTalentCommands } from './commands/talent.js';

/**
 * `penata`: the command line of Penata. Exit codes: 0 success, 1 the work failed (a rule, an
 * infeasible plan, a broken chain), 2 wrong usage.
 */
const program = new Command('penata')
  .description('Penata: penempatan dan mutasi ASN berbasis merit / merit-based placement and transfer of ASN')
  .version(PENATA_VERSION)
  .option('--database <url>', 'database URL (default: $DATABASE_URL or sqlite:./data/penata.db)')
  .showHelpAfterError()
  .exitOverride();

registerDbCommands(program);
registerAuditCommands(program);
registerSolveCommand(program);
registerEvaluationCommands(program);
registerImportCommand(program);
registerInstansiCommands(program);
registerExportCommand(program);
registerTalentCommands(program);
registerMatchCommand(program);
registerProposalCommands(program);
registerPlanCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else if (error instanceof DomainError) {
    console.error(
      `${error.code}: ${error.messages.en}${error.details.field ? ` (field ${error.details.field})` : ''}`,
    );
    process.exitCode = 1;
  } else {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
