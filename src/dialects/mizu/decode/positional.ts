/**
 * The param1..paramN form (001:L174-L180, 002:L300-L305): "the parameter order must be: functionname, apikey, username,
 * password, function parameters"; the generated validators read param5 onwards as the function parameters.
 */
import type { ParamMap } from './params.ts';

const LEADING: readonly (readonly [string, string])[] = [
  ['param1', 'apientry'],
  ['param2', 'authkey'],
  ['param3', 'authid'],
  ['param4', 'authpwd'],
];

/**
 * Names the leading positional values; only when apientry is not named, since 002's unreg example numbers from the
 * function parameters.
 */
export function resolvePositional(params: ParamMap): ParamMap {
  if (!Object.hasOwn(params, 'param1') || Object.hasOwn(params, 'apientry')) return params;
  const out = { ...params };
  for (const [position, name] of LEADING) {
    if (Object.hasOwn(params, position) && !Object.hasOwn(params, name)) out[name] = params[position]!;
  }
  return out;
}
