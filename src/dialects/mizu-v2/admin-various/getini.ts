/** getini (001:L555, 002:L530): Read a configuration value (an ini key). */
import type { GetiniParams, GetiniResult } from '../../../../generated/mizu-v2/types.ts';
import { iniName, shown, storedValue } from '../../../domain/admin/settings.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import type { MizuContext } from '../../mizu/context.ts';

export async function getini(params: GetiniParams, ctx: MizuContext): Promise<GetiniResult> {
  const name = iniName(params.key, params.section, params.file);
  const value = (await storedValue(ctx.em, name)) ?? ctx.services.options.get(name);
  if (value === undefined) throw new SwitchboardError('not-found', `${name} is not set`);
  return { value: shown(name, value) };
}
