/** Loads spec/ into the normalised model, or throws a SpecError listing every diagnostic. */
import { type Diagnostic, SpecError } from '../diagnostics.ts';
import { readSpec } from './files.ts';
import { normalize } from './normalize.ts';
import type { Spec } from './model.ts';

export function loadSpec(root: string): Spec {
  const diagnostics: Diagnostic[] = [];
  const raw = readSpec(root, diagnostics);
  if (diagnostics.length > 0) throw new SpecError(diagnostics);
  const spec = normalize(raw, diagnostics);
  if (diagnostics.length > 0) throw new SpecError(diagnostics);
  return spec;
}
