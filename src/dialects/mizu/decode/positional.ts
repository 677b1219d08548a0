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

/** Where the rule puts the first function parameter: param5. */
const FUNCTION_OFFSET = LEADING.length;
const POSITION = /^param([1-9][0-9]*)$/;

/**
 * Names the leading positional values when apientry is not named. When it is, param1..param4 cannot be the function
 * name, key and login: 002's unreg example (apientry=unreg&param1=alma&param3=1, 002:L807) counts them from the
 * first function parameter, so — when no position past param4 says otherwise and param1 does not repeat the
 * function name — they are moved to where the rule puts the function parameters (param1 → param5).
 */
export function resolvePositional(params: ParamMap): ParamMap {
  if (Object.hasOwn(params, 'apientry')) return countedFromFunctionParameters(params);
  if (!Object.hasOwn(params, 'param1')) return params;
  const out = { ...params };
  for (const [position, name] of LEADING) {
    if (Object.hasOwn(params, position) && !Object.hasOwn(params, name)) out[name] = params[position]!;
  }
  return out;
}

function countedFromFunctionParameters(params: ParamMap): ParamMap {
  const positions = Object.keys(params).flatMap((name) => {
    const match = POSITION.exec(name);
    return match ? [Number(match[1])] : [];
  });
  if (positions.length === 0 || positions.some((n) => n > FUNCTION_OFFSET)) return params;
  if (params.param1 !== undefined && params.param1.toLowerCase() === params.apientry?.toLowerCase()) return params;
  const out = { ...params };
  for (const n of positions) out[`param${n + FUNCTION_OFFSET}`] = params[`param${n}`]!;
  return out;
}
