/**
 * Plain string writers for the TypeScript the emitters produce: no parser, no formatter, one string per file.
 * Every declaration is written already formatted (two-space indent, `\n` line ends).
 */
import { tsHeader } from './header.ts';

export interface Member {
  name: string;
  type: string;
  optional?: boolean;
  docs?: string[];
}

/** A JSDoc block (or nothing) for `docs`, each line prefixed with `indent`, ending in a newline. */
export function jsDoc(docs: string[] | undefined, indent = ''): string {
  if (!docs?.length) return '';
  return docs.map((text) => {
    const lines = text.split(/\r?\n/);
    if (lines.length === 1) return `${indent}/** ${text}${text.endsWith(' ') ? '' : ' '}*/\n`;
    if (lines[0] === '') lines.shift();
    return `${indent}/**\n${lines.map((l) => `${indent} *${l ? ` ${l}` : ''}\n`).join('')}${indent} */\n`;
  }).join('');
}

/** `export interface Name<T> { ... }`; members come already keyed (see propertyKey). */
export function interfaceDecl(name: string, members: Member[], docs?: string[], typeParameters?: string[]): string {
  const params = typeParameters?.length ? `<${typeParameters.join(', ')}>` : '';
  const body = members.map((m) => `${jsDoc(m.docs, '  ')}  ${m.name}${m.optional ? '?' : ''}: ${m.type};\n`).join('');
  return `${jsDoc(docs)}export interface ${name}${params} {\n${body}}`;
}

export function typeAlias(name: string, type: string, docs?: string[]): string {
  return `${jsDoc(docs)}export type ${name} = ${type};`;
}

export function exportConst(name: string, initializer: string, docs?: string[], type?: string): string {
  return `${jsDoc(docs)}export const ${name}${type ? `: ${type}` : ''} = ${initializer};`;
}

export function importDecl(from: string, names: string[], typeOnly = false): string {
  return `import ${typeOnly ? 'type ' : ''}{ ${names.join(', ')} } from '${from}';`;
}

/** A generated TypeScript file: the header, then the text, ending in exactly one newline. */
export function tsFile(text: string): string {
  return `${tsHeader}${text.replace(/\n{3,}/g, '\n\n').replace(/\n*$/, '\n')}`;
}

/**
 * A JSON-like value as a one-line TypeScript literal: `{ key: value }`, `[a, b]`, strings double-quoted.
 * `quoteKeys` false writes identifier keys bare.
 */
export function literal(value: unknown, quoteKeys = true): string {
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, quoteKeys)).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (!entries.length) return '{}';
    const key = (k: string) => (!quoteKeys && /^[A-Za-z_]+$/.test(k) ? k : JSON.stringify(k));
    return `{ ${entries.map(([k, v]) => `${key(k)}: ${literal(v, quoteKeys)}`).join(', ')} }`;
  }
  return JSON.stringify(value);
}
