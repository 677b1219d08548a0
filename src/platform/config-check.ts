/**
 * Checks a config file's raw YAML against CONFIG_SCHEMA (ajv, draft 2020-12): an unknown key at any depth, a wrong
 * type, a value out of range or not among the allowed ones is one ConfigError line naming each key by its path
 * (`listen.prot`), with a "did you mean" where a known key is close. Scalars are coerced as YAML writes them (a port
 * "8080", a password 123456); an empty key (`password:`) is as if absent.
 */
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { ConfigError } from './config-error.ts';
import { CONFIG_SCHEMA, configKeys } from './config-schema.ts';

const validate = new Ajv2020({ allErrors: true, coerceTypes: true, verbose: true, strict: true }).compile(
  CONFIG_SCHEMA,
);

/** Checks raw in place (nulls removed, scalars coerced); throws one line naming every problem. */
export function checkConfig(raw: Record<string, unknown>, where: string): void {
  dropNulls(raw);
  if (validate(raw)) return;
  const problems = [...new Set((validate.errors ?? []).map(problemOf))];
  throw new ConfigError(`${where}: ${problems.join('; ')}`);
}

function dropNulls(value: unknown): void {
  if (typeof value !== 'object' || value === null) return;
  for (const [k, v] of Object.entries(value)) {
    // A list keeps its places: a null item there is a value to check, not a key left empty.
    if (v === null && !Array.isArray(value)) delete (value as Record<string, unknown>)[k];
    else dropNulls(v);
  }
}

interface Bounds {
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  properties?: Record<string, unknown>;
  examples?: string[];
}

/** One problem in the operator's words, naming the key by its dotted path. */
function problemOf(e: ErrorObject): string {
  const path = e.instancePath.slice(1).replaceAll('/', '.');
  const schema = e.parentSchema as Bounds;
  const shown = JSON.stringify(e.data);
  switch (e.keyword) {
    case 'additionalProperties': {
      const name = String(e.params.additionalProperty);
      const full = path ? `${path}.${name}` : name;
      const siblings = Object.keys(schema.properties ?? {});
      const near = closest(name, siblings);
      if (near) return `unknown key ${full} (did you mean ${path ? `${path}.${near}` : near}?)`;
      const elsewhere = KEY_PATHS.filter((p) => p.endsWith(`.${name}`));
      if (elsewhere.length) return `unknown key ${full} (did you mean ${elsewhere.join(' or ')}?)`;
      return `unknown key ${full} (known: ${siblings.join(', ')})`;
    }
    case 'required':
      return `${path || 'the config'} needs ${String(e.params.missingProperty)}`;
    case 'enum': {
      const allowed = e.params.allowedValues as string[];
      const near = closest(String(e.data), allowed);
      return `${path} must be one of ${allowed.join(', ')}, not ${shown}${near ? ` (did you mean ${near}?)` : ''}`;
    }
    case 'type':
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
      return `${path} must be ${expected(String(e.params.type ?? (schema as { type: string }).type), schema)}, not ${shown}`;
    case 'minLength':
      return `${path} must be at least ${String(e.params.limit)} characters`;
    case 'pattern':
      return `${path} must look like ${(schema.examples ?? [String(e.params.pattern)]).join(' or ')}, not ${shown}`;
    default:
      return `${path} ${e.message ?? 'is not valid'}`;
  }
}

const NOUNS: Record<string, string> = {
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  object: 'a mapping',
  array: 'a list',
};

/** "a whole number from 0 to 65535", "a number above 0", "true or false", "a mapping". */
function expected(type: string, bounds: Bounds): string {
  const noun = NOUNS[type] ?? `a ${type}`;
  const low =
    bounds.minimum !== undefined
      ? bounds.maximum !== undefined
        ? ` from ${bounds.minimum}`
        : ` of at least ${bounds.minimum}`
      : bounds.exclusiveMinimum !== undefined
        ? ` above ${bounds.exclusiveMinimum}`
        : '';
  const high =
    bounds.maximum === undefined
      ? ''
      : bounds.minimum !== undefined
        ? ` to ${bounds.maximum}`
        : `, at most ${bounds.maximum}`;
  return `${noun}${low}${high}`;
}

const KEY_PATHS = configKeys().map((k) => k.path);

/** The candidate a typo most likely meant: the same name in another case, or one or two edits away. */
function closest(name: string, candidates: string[]): string | undefined {
  const wanted = name.toLowerCase();
  const limit = Math.max(1, Math.floor(wanted.length / 3));
  let best: { name: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(wanted, candidate.toLowerCase());
    if (distance <= limit && (!best || distance < best.distance)) best = { name: candidate, distance };
  }
  return best?.name;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours each cost 1. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}
