/**
 * What a command's spec entry records of the real answers (its `wire:` section), for the conformance tests to hold
 * the server's answers and the spec's record to each other.
 */
import { join } from 'node:path';
import { loadSpec } from '../../generator/load/index.ts';
import type { Dialect, Operation } from '../../generator/load/model.ts';

const spec = loadSpec(join(import.meta.dirname, '..', '..'));

function operation(dialect: Dialect, id: string): Operation {
  const op = spec.operations[dialect].find((o) => o.id === id);
  if (!op) throw new Error(`spec/${dialect} has no ${id}`);
  return op;
}

/** The sources a command's wire section names, as `owner/name path`. */
export function wireSources(dialect: Dialect, id: string): string[] {
  return (operation(dialect, id).wire?.sources ?? []).map((s) => `${s.repo} ${s.path}`);
}

/** The first answer body the wire section records for an outcome, its {placeholders} filled from `values`. */
export function recordedAnswer(dialect: Dialect, id: string, outcome: string, values: Record<string, string> = {}) {
  const answer = operation(dialect, id).wire?.answers.find((a) => a.outcome === outcome);
  if (!answer) throw new Error(`spec/${dialect}/${id} records no ${outcome} answer`);
  return answer.body.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
