/**
 * Plain string writers for the declarations the emitters produce: no parser, no formatter, one string per file.
 * Everything is written already formatted (two-space indent, `\n` line ends, lines kept within layout.WIDTH
 * where a break is possible).
 */
import { tsHeader } from './header.ts';
import { jsDoc, union, WIDTH } from './layout.ts';

export interface Member {
  /** Already a valid key (see ts.propertyKey). */
  name: string;
  /** A type, or the alternatives of a union (broken one per line when long). */
  type: string | string[];
  optional?: boolean;
  docs?: string[];
}

/** `name?: type;` at `indent`, its JSDoc above it. */
function memberLines(m: Member, indent: string): string {
  const head = `${indent}${m.name}${m.optional ? '?' : ''}:`;
  const type = Array.isArray(m.type) ? union(m.type, head, 2) : m.type;
  return `${jsDoc(m.docs, indent)}${head}${type.startsWith('\n') ? '' : ' '}${type};`;
}

/**
 * An object type: `{ a: A; b: B }` when it fits on the line after `prefix` and no member has docs or spans
 * lines, else one member per line.
 */
export function objectType(members: Member[], prefix: string, suffix = 1): string {
  if (!members.length) return '{}';
  const simple = members.every((m) => !m.docs?.length && !Array.isArray(m.type) && !m.type.includes('\n'));
  const one = `{ ${members.map((m) => `${m.name}${m.optional ? '?' : ''}: ${m.type as string}`).join('; ')} }`;
  if (simple && prefix.length + one.length + suffix <= WIDTH) return one;
  const indent = /^ */.exec(prefix)![0];
  return `{\n${members.map((m) => memberLines(m, `${indent}  `)).join('\n')}\n${indent}}`;
}

/** `export interface Name<T> { ... }`, one member per line. */
export function interfaceDecl(name: string, members: Member[], docs?: string[], typeParameters?: string[]): string {
  const params = typeParameters?.length ? `<${typeParameters.join(', ')}>` : '';
  const body = members.length ? `{\n${members.map((m) => memberLines(m, '  ')).join('\n')}\n}` : '{}';
  return `${jsDoc(docs)}export interface ${name}${params} ${body}`;
}

export function typeAlias(name: string, type: string, docs?: string[]): string {
  return `${jsDoc(docs)}export type ${name} = ${type};`;
}

export function exportConst(name: string, initializer: string, docs?: string[], type?: string): string {
  return `${jsDoc(docs)}export const ${name}${type ? `: ${type}` : ''} = ${initializer};`;
}

/** A generated TypeScript file: the header, then the text, ending in exactly one newline. */
export function tsFile(text: string): string {
  return `${tsHeader}${text.replace(/\n{3,}/g, '\n\n').replace(/\n*$/, '\n')}`;
}
