/** `node generator/lint.ts`: load and check the whole spec, print counts or every diagnostic. */
import { loadSpec } from './load/index.ts';
import { SpecError } from './diagnostics.ts';
import { DIALECTS } from './load/model.ts';

try {
  const spec = loadSpec(process.cwd());
  for (const d of DIALECTS) console.log(`${d}: ${spec.operations[d].length} operations`);
} catch (e) {
  if (!(e instanceof SpecError)) throw e;
  console.error(e.message);
  process.exit(1);
}
