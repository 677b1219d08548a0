/** setini (001:L553, 002:L529): Write a configuration value (an ini key). */
import type { SetiniParams, SetiniResult } from '../../../../generated/mizu-v2/types.ts';
import { checkValue, iniName, storeValue } from '../../../domain/admin/settings.ts';
import type { MizuContext } from '../../mizu/context.ts';

export async function setini(params: SetiniParams, ctx: MizuContext): Promise<SetiniResult> {
  const name = iniName(params.key, params.section, params.file);
  const value = params.value ?? '';
  checkValue(name, value);
  await storeValue(ctx.em, name, value);
  const applied = ctx.services.options.get(name) === value;
  return { message: `${name} written${applied ? '' : ': savesettings or reload applies it'}` };
}
