/**
 * cli (000:L31, 000:L50, 000:L102-L104, 000:L118-L119): Add a PIN-less number (ANI) to the user for A-number based
 * authentication. Served by its Mizu v2 counterpart, cli.
 */
import type { CliParams } from '../../../../generated/mizu-v1/types.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { cli as cliV2 } from '../../mizu-v2/user/cli.ts';

/** "add pin less number (ANI)". */
export const cli = (params: CliParams, ctx: MizuContext) => cliV2({ anum: params.anum }, ctx);
