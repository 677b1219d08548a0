/**
 * `switchboard bans list|delete --config FILE …`: the address bans in force, and lifting them (one address, or all)
 * where the server keeps them — the bans table and, with Redis configured, Redis. A server keeping its state in
 * memory sees a lifted ban go within seconds (it checks the bans it holds against the table), so a ban set before a
 * restart, restored from the table, is lifted as well. The same as the admin commands bannedlist and delbanned.
 */
import { banPolicy, Bans } from '../domain/access/bans.ts';
import { createSharedState } from '../platform/state/index.ts';
import { configArgs, misused, onDatabase } from './database-command.ts';

export const BANS_USAGE = `  switchboard bans list --config FILE   the bans: address, until, ban N in a row, reason
  switchboard bans delete --config FILE ADDRESS|all
                                        lift the ban of ADDRESS (and forget its earlier ones), or every ban`;

/** delbanned's rule for its ip parameter (spec/mizu-v2/delbanned.yaml). */
const ADDRESS = /^[0-9A-Fa-f.:]{1,45}$/;

export async function runBans(args: string[]): Promise<number> {
  const [what, ...rest] = args;
  const parsed = configArgs(rest, true);
  if ('problem' in parsed) return usage(parsed.problem);
  const { positionals } = parsed;
  if (what === 'list' && positionals.length) return usage('bans list: takes no address');
  if (what === 'delete' && positionals.length !== 1) return usage('bans delete: name one address, or all');
  if (what !== 'list' && what !== 'delete') return usage(`bans: list or delete, not ${what ?? 'nothing'}`);
  const target = positionals[0]?.toLowerCase() === 'all' ? 'all' : positionals[0];
  if (target !== undefined && target !== 'all' && !ADDRESS.test(target))
    return usage(`bans delete: not an IP address: ${target}`);
  return onDatabase(parsed.config, async (db, config) => {
    const state = await createSharedState({ redis: config.redis });
    try {
      const bans = new Bans(state, banPolicy(config.limits), { em: () => db.em() });
      if (what === 'list') {
        const rows = await bans.list(db.em());
        for (const b of rows) console.log([b.ip, b.until.toISOString(), `ban ${b.strikes}`, b.reason].join('\t'));
        console.error(`${rows.length} address(es) banned`);
        return 0;
      }
      const lifted = await bans.lift(db.em(), target!);
      if (lifted === 0 && target !== 'all') {
        console.error(`switchboard: ${target} is not banned`);
        return 1;
      }
      console.error(`${lifted} ban(s) lifted`);
      return 0;
    } finally {
      await state.close();
    }
  });
}

function usage(problem: string): number {
  return misused(problem, BANS_USAGE);
}
