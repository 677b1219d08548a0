/** Builds every generated file from the spec, in memory: path (relative to generated/) → content. Deterministic. */
import { loadSpec } from './load/index.ts';
import { DIALECTS, type Spec } from './load/model.ts';
import { emitClient } from './emit/client.ts';
import { emitCommon } from './emit/common.ts';
import { emitDispatch } from './emit/dispatch.ts';
import { emitCoverageDoc, emitDocsIndex, emitReference, emitWireFormatPage } from './emit/docs.ts';
import { mdHeader } from './emit/header.ts';
import { emitOpenApi } from './emit/openapi.ts';
import { emitOpenApiTypes } from './emit/openapi-types.ts';
import { emitTypes } from './emit/types.ts';
import { emitValidators } from './emit/validators.ts';

export async function generate(root: string): Promise<Map<string, string>> {
  const spec = loadSpec(root);
  const files = new Map<string, string>();
  files.set(
    'README.md',
    `${mdHeader}# generated/\n\nEverything here is emitted from \`spec/\` by \`generator/\` (\`make generate\`); never edit by hand. \`make test\` fails when it is stale.\n`,
  );
  files.set('common.ts', emitCommon(spec));
  for (const dialect of DIALECTS) {
    const info = spec.dialects[dialect];
    const ops = spec.operations[dialect];
    const openapi = emitOpenApi(info, ops, spec.errors);
    files.set(`${dialect}/types.ts`, emitTypes(info, ops));
    files.set(`${dialect}/validators.ts`, emitValidators(info, ops));
    files.set(`${dialect}/dispatch.ts`, emitDispatch(info, ops));
    files.set(`${dialect}/client.ts`, emitClient(info, ops));
    files.set(`${dialect}/openapi.json`, openapi);
    files.set(`${dialect}/openapi-types.ts`, emitOpenApiTypes(openapi));
    files.set(`docs/${dialect}.md`, emitReference(root, info, ops));
    files.set(`docs/${dialect}-wire-format.md`, emitWireFormatPage(dialect));
  }
  files.set('docs/coverage.md', emitCoverageDoc(spec));
  files.set('docs/README.md', emitDocsIndex(spec));
  return files;
}

export type { Spec };
