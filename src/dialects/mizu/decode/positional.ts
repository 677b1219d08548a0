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
  return setfieldAdminOrder(
    Object.hasOwn(params, 'apientry') ? countedFromFunctionParameters(params) : leadingNamed(params),
  );
}

function leadingNamed(params: ParamMap): ParamMap {
  if (!Object.hasOwn(params, 'param1')) return params;
  const out = { ...params };
  for (const [position, name] of LEADING) {
    if (Object.hasOwn(params, position) && !Object.hasOwn(params, name)) out[name] = params[position]!;
  }
  return out;
}

/** The n of every paramN sent. */
function positionsIn(params: ParamMap): number[] {
  return Object.keys(params).flatMap((name) => {
    const match = POSITION.exec(name);
    return match ? [Number(match[1])] : [];
  });
}

function countedFromFunctionParameters(params: ParamMap): ParamMap {
  const positions = positionsIn(params);
  if (positions.length === 0 || positions.some((n) => n > FUNCTION_OFFSET)) return params;
  if (params.param1 !== undefined && params.param1.toLowerCase() === params.apientry?.toLowerCase()) return params;
  const out = { ...params };
  for (const n of positions) out[`param${n + FUNCTION_OFFSET}`] = params[`param${n}`]!;
  return out;
}

const FIELD_TYPES = new Set(['string', 'int', 'float']);
const isFieldType = (value: string | undefined) => value !== undefined && FIELD_TYPES.has(value.toLowerCase());

/**
 * setfield has two positional orders: the admin form lists the table first ("setfield [table, fieldtype, fieldname,
 * fieldvalue, rowid, sync]", 001:L590, 002:L550), the user form starts at fieldtype (002:L386), which the spec's
 * positions follow. They are told apart by the first two values: a first one that is not a fieldtype followed by one
 * that is (string, int or float, or left empty) is the admin order, shifted back onto the user form's positions
 * with the first value as table. A named table keeps the positions as they are.
 */
function setfieldAdminOrder(params: ParamMap): ParamMap {
  if (params.apientry?.toLowerCase() !== 'setfield' || Object.hasOwn(params, 'table')) return params;
  const first = FUNCTION_OFFSET + 1;
  const table = params[`param${first}`];
  const fieldtype = params[`param${first + 1}`];
  if (!table || isFieldType(table) || (fieldtype !== '' && !isFieldType(fieldtype))) return params;
  const out: ParamMap = { ...params, table };
  const last = Math.max(...positionsIn(params));
  for (let n = first; n <= last; n++) {
    const next = params[`param${n + 1}`];
    if (next === undefined) delete out[`param${n}`];
    else out[`param${n}`] = next;
  }
  return out;
}
