/** cli_add (POST /devices/cli_add; 004:L665-L685): Add a caller ID (CLI) to one of the user's devices. */
import type { CliAddParams, CliAddResult } from '../../../../generated/mor/types.ts';
import { addCli } from '../../../domain/mor/clis.ts';
import type { MorContext } from '../context.ts';
import { failingAs, me } from '../shared/common.ts';

export async function cliAdd(params: CliAddParams, ctx: MorContext): Promise<CliAddResult> {
  const user = me(ctx);
  await failingAs('CLI not created', () =>
    addCli(ctx.em, user.id, params.device_id, params.cli, params.description ?? ''),
  );
  return { action: { name: 'add_cli', status: 'ok', status_message: 'CLI created' } };
}
