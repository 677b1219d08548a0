/** Reads the YAML files under spec/ and checks each against its definition in spec/schema/spec.schema.json. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import type { Diagnostic } from '../diagnostics.ts';
import { DIALECTS, type Dialect } from './model.ts';

export interface SpecFile<T = unknown> {
  file: string;
  data: T;
}

export interface RawSpec {
  common: Record<'params' | 'dialects' | 'access' | 'errors' | 'config', SpecFile>;
  dialects: Record<Dialect, SpecFile[]>;
}

/** Which schema definition each dialect folder's files follow. */
const DIALECT_DEFINITION: Record<Dialect, string> = {
  'mizu-v1': 'command',
  'mizu-v2': 'command',
  minisip: 'object',
  mor: 'page',
};

const COMMON_FILES = ['params', 'dialects', 'access', 'errors', 'config'] as const;

export function readSpec(root: string, diagnostics: Diagnostic[]): RawSpec {
  const specDir = join(root, 'spec');
  const schema = JSON.parse(readFileSync(join(specDir, 'schema', 'spec.schema.json'), 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  ajv.addSchema(schema);
  const validatorFor = (definition: string): ValidateFunction => ajv.getSchema(`${schema.$id}#/$defs/${definition}`)!;

  const read = (path: string, definition: string): SpecFile => {
    const file = relative(root, path);
    const doc = parseDocument(readFileSync(path, 'utf8'), { uniqueKeys: true });
    if (doc.errors.length > 0) {
      diagnostics.push({ code: 'spec/yaml', file, path: '', detail: doc.errors[0]!.message });
      return { file, data: {} };
    }
    const data = doc.toJS();
    const validate = validatorFor(definition);
    if (!validate(data)) {
      for (const error of validate.errors ?? []) {
        diagnostics.push({
          code: 'spec/schema',
          file,
          path: error.instancePath || '/',
          detail: `${error.message}${error.params ? ` ${JSON.stringify(error.params)}` : ''}`,
        });
      }
    }
    return { file, data };
  };

  const common = Object.fromEntries(
    COMMON_FILES.map((name) => {
      const definition = name === 'params' ? 'commonParams' : name;
      return [name, read(join(specDir, 'common', `${name}.yaml`), definition)];
    }),
  ) as RawSpec['common'];

  const dialects = Object.fromEntries(
    DIALECTS.map((dialect) => {
      const dir = join(specDir, dialect);
      const files = readdirSync(dir)
        .filter((f) => f.endsWith('.yaml'))
        .sort();
      return [dialect, files.map((f) => read(join(dir, f), DIALECT_DEFINITION[dialect]))];
    }),
  ) as RawSpec['dialects'];

  return { common, dialects };
}
