/**
 * cli (001:L356, 002:L367, 000:L118-L119): Add a PIN-less number (ANI) to the user for caller-number authentication.
 */
import type { CliParams, CliResult } from '../../../../generated/mizu-v2/types.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { register } from '../shared/own-numbers.ts';

export function cli(params: CliParams, ctx: MizuContext): Promise<CliResult> {
  return register(params.anum, 'ani', ctx);
}
