/** Spec diagnostics: a table of codes, each message naming the file and the path inside it (like TypeSpec's). */

export const DIAGNOSTICS = {
  'spec/schema': 'does not match spec/schema/spec.schema.json',
  'spec/yaml': 'is not valid YAML',
  'spec/unknown-ref': 'references a parameter missing from spec/common/params.yaml',
  'spec/unknown-field': 'references a field the object does not declare',
  'spec/unknown-error-code': 'names an error code missing from spec/common/errors.yaml',
  'spec/unknown-wire-source': 'a wire answer names a source index past the end of wire.sources',
  'spec/unknown-access-preset': 'names an access preset missing from spec/common/access.yaml',
  'spec/duplicate-name': 'repeats a command name or alias already taken in this dialect',
  'spec/duplicate-param': 'repeats a parameter name or alias within one command',
  'spec/duplicate-position': 'gives two parameters the same position',
  'spec/file-name': 'is not named after the command it describes',
  'spec/enum-without-values': 'has type enum but no values',
  'spec/bad-pattern': 'has a pattern that is not a valid regular expression',
  'spec/path-param': 'has a path parameter that is not in the path, or a {name} in the path with no parameter',
} as const;

export type DiagnosticCode = keyof typeof DIAGNOSTICS;

export interface Diagnostic {
  code: DiagnosticCode;
  file: string;
  path: string;
  detail?: string;
}

export class SpecError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
    this.diagnostics = diagnostics;
    this.name = 'SpecError';
  }
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.path ? `${d.file} at ${d.path}` : d.file;
  return `${d.code}: ${where} ${DIAGNOSTICS[d.code]}${d.detail ? `: ${d.detail}` : ''}`;
}
