/**
 * The openapi request form (003:L20-L50): `/openapi/object[/operation]?{json}` — the JSON object is the whole query
 * string, percent-encoded or not — or the same JSON as a POST body.
 */
import { SwitchboardError } from '../../platform/errors.ts';
import { CONTROL_CHARACTER_PROBLEM, hasControlCharacter, REFUSED_CONTROL_CHARACTER } from '../../protocol/coerce.ts';

const FORM = 'send the parameters as one JSON object: /openapi/object/operation?{"syskey":"…",…}';

/** The path after /openapi: object and operation (query when absent, 003:L32), lower case. */
export function decodePath(path: string): { object: string; operation: string } {
  const parts = path
    .replace(/^\/openapi/i, '')
    .split('/')
    .filter(Boolean)
    .map((p) => p.toLowerCase());
  if (parts.length === 0)
    throw new SwitchboardError('unknown-command', 'no object: use /openapi/object[/operation], e.g. /openapi/version');
  if (parts.length > 2)
    throw new SwitchboardError(
      'unknown-command',
      `unknown path /openapi/${parts.join('/')}: use /openapi/object[/operation]`,
    );
  return { object: parts[0]!, operation: parts[1] ?? 'query' };
}

/**
 * The query string as the JSON object: percent-escapes decoded first when there are any; none at all is an empty
 * object. Form encoders write spaces as '+' (their own '+' as %2B): that spelling is read when the other is not JSON.
 */
export function decodeQueryJson(query: string): Record<string, unknown> {
  if (query.trim() === '') return {};
  const text = percentDecoded(query);
  if (query.includes('+') && !isJson(text)) {
    const spaced = percentDecoded(query.replace(/\+/g, ' '));
    if (isJson(spaced)) return parseObject(spaced, 'query string');
  }
  return parseObject(text, 'query string');
}

function percentDecoded(query: string): string {
  if (!query.includes('%')) return query;
  try {
    return decodeURIComponent(query);
  } catch {
    // A literal % in an unencoded JSON value ("50% off") is not an escape: read the text as it is.
    return query;
  }
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

export function decodeBodyJson(body: string): Record<string, unknown> {
  return parseObject(body, 'request body');
}

function parseObject(text: string, where: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new SwitchboardError('bad-request', `the ${where} is not valid JSON (${(e as Error).message}): ${FORM}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new SwitchboardError('bad-request', `the ${where} is JSON but not an object: ${FORM}`);
  for (const [name, member] of Object.entries(value)) {
    if (hasControlCharacter(name) || carriesControlCharacter(member)) {
      const param = hasControlCharacter(name) ? JSON.stringify(name).slice(0, 40) : name;
      throw new SwitchboardError('invalid-parameter', `parameter ${param} ${REFUSED_CONTROL_CHARACTER}`, [
        { param, problem: CONTROL_CHARACTER_PROBLEM },
      ]);
    }
  }
  return value as Record<string, unknown>;
}

/** NUL and the other control characters (TAB, LF and CR aside), in a value or anywhere inside a nested one. */
function carriesControlCharacter(value: unknown): boolean {
  if (typeof value === 'string') return hasControlCharacter(value);
  if (typeof value !== 'object' || value === null) return false;
  for (const [name, member] of Object.entries(value))
    if (hasControlCharacter(name) || carriesControlCharacter(member)) return true;
  return false;
}
