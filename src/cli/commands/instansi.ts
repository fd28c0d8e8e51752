import type { Command } from 'commander';
import { runAsCliCaller } from '../../services/evaluation/cli-caller.js';
import { setInstansiTimeZone } from '../../services/organisation/set-instansi-time-zone.js';
import { databaseUrl } from '../database-url.js';

/**
 * `penata instansi time-zone ZONE`: the time zone the instansi works in (default WIB). It decides
 * what "today" is for SK dates, announcements, objection windows and take-effects.
 */
export function registerInstansiCommands(program: Command): void {
  const instansi = program.command('instansi').description('settings of the instansi (pemerintah daerah)');
  instansi
    .command('time-zone')
    .description('set the IANA time zone: Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT)')
    .argument('<zone>', 'IANA time zone name')
    .option('--as <username>', 'act as this user (default: the machine operator, as head of BKPSDM)')
    .option('--instansi <code>', 'instansi code when the database holds several')
    .action(async (zone: string, opts: { as?: string; instansi?: string }, cmd: Command) => {
      const set = await runAsCliCaller(databaseUrl(cmd), opts, (ctx, principal) =>
        setInstansiTimeZone(ctx, principal, zone, { ip: 'cli' }),
      );
      console.log(`Time zone: ${set.timeZone}`);
    });
}
