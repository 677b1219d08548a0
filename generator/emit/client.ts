/**
 * Emits generated/<dialect>/client.ts: a typed fetch-based client building the vendor wire form; authentication and
 * answer reading live in src/protocol/clients/<dialect>.ts, shared by every operation (and packaged by clients/).
 */
import {
  type DialectInfo,
  morHashOrder,
  type Operation,
  type Param,
  type ValueType,
  type XmlNode,
} from '../load/model.ts';
import { dialectTypePrefix } from './types.ts';
import { docLines, tsTypeAlternatives } from './ts.ts';
import { importDecl, jsDoc, literal } from './layout.ts';
import { tsFile } from './writer.ts';

const TRANSPORT_MODULE: Record<string, string> = {
  'mizu-v1': 'mizu-v1.ts',
  'mizu-v2': 'mizu-v2.ts',
  minisip: 'minisip.ts',
  mor: 'mor.ts',
};

export function emitClient(info: DialectInfo, ops: Operation[]): string {
  const prefix = dialectTypePrefix(info.name);
  const transport = `../../src/protocol/clients/${TRANSPORT_MODULE[info.name]}`;
  const imports = [
    importDecl(transport, [`${prefix}Transport`]),
    importDecl(transport, [`${prefix}ClientOptions`], true),
  ];
  if (ops.length) imports.push(`import type * as T from './types.ts';`);
  const members = [
    `  readonly transport: ${prefix}Transport;`,
    `  constructor(options: ${prefix}ClientOptions) {\n    this.transport = new ${prefix}Transport(options);\n  }`,
    ...ops.map((op) => method(info, op)),
  ];
  const docs = [`Typed client for the ${info.title}: one method per operation, sent in the vendor wire form.`];
  return tsFile(`${imports.join('\n')}\n\n${jsDoc(docs)}export class ${prefix}Client {\n${members.join('\n\n')}\n}`);
}

function method(info: DialectInfo, op: Operation): string {
  const optional = op.params.every((p) => !p.required);
  const docs = docLines(
    `${op.id}: ${op.summary}`,
    op.params.length ? `Parameters: ${op.params.map(paramSignature).join('; ')}.` : undefined,
    info.name === 'mor' && op.auth === 'user'
      ? `Stateless form: hash = SHA1 hex of ${['user_id', ...morHashOrder(op), 'API secret key'].join(' + ')} (the values sent, in this order).`
      : undefined,
    op.status !== 'implemented'
      ? `Status on Switchboard: ${op.status}${op.reason ? ` (${op.reason})` : ''}.`
      : undefined,
  );
  return (
    `${jsDoc(docs, '  ')}  ${op.handlerName}(params: T.${op.typeName}Input${optional ? ' = {}' : ''}): Promise<T.${op.typeName}Result> {\n` +
    `    return this.transport.call(${callDescriptor(info, op, '    return this.transport.call(')}, params);\n  }`
  );
}

function paramSignature(p: Param): string {
  const constraints = [
    p.values?.length ? `one of ${p.values.map((v) => v.value).join('/')}` : undefined,
    p.min !== undefined ? `min ${p.min}` : undefined,
    p.max !== undefined ? `max ${p.max}` : undefined,
    p.maxLength !== undefined ? `at most ${p.maxLength} characters` : undefined,
    p.default !== undefined ? `default ${p.default}` : undefined,
  ].filter(Boolean);
  return `${p.name}${p.indexed ? `N (N ${p.indexed.from}..${p.indexed.to})` : ''}${p.aliases.length ? ` (${p.aliases.join(', ')})` : ''}: ${p.type}${p.required ? ', required' : ''}${constraints.length ? `, ${constraints.join(', ')}` : ''}`;
}

/** What the transport needs to put an operation on the wire. */
function callDescriptor(info: DialectInfo, op: Operation, head: string): string {
  const d: Record<string, unknown> = { id: op.id, kind: op.result.kind };
  if (info.name === 'mor') {
    d.method = op.method;
    d.path = op.path;
    d.auth = op.auth;
    d.in = Object.fromEntries(op.params.map((p) => [p.name, p.in ?? (op.method === 'GET' ? 'query' : 'body')]));
    // The stateless hash: SHA1 over user_id then these values in this order, then the API secret key.
    d.hashOrder = morHashOrder(op);
    if (op.result.xml) d.xml = { [op.result.xml.name]: xmlShape(op.result.xml) };
  }
  return literal(d, head, ', params);'.length, false);
}

/**
 * What the client needs to read an answer as its type declares (src/protocol/clients/xml.ts): elements with
 * children as objects, repeated ones as one-item arrays, number and boolean leaves and attributes by type, a leaf
 * with attributes as an object with `#text`; string members, the default, are left out.
 */
export function xmlShape(node: XmlNode): unknown {
  const attributes = node.attributes
    .map((a) => [`@_${a.name}`, leafType(a.type)] as const)
    .filter(([, type]) => type !== undefined);
  let shape: unknown;
  if (node.children) {
    const children = node.children.map((c) => [c.name, xmlShape(c)] as const);
    shape = Object.fromEntries([...children.filter(([, s]) => s !== undefined), ...attributes]);
  } else {
    const text = node.const === undefined ? leafType(node.type) : undefined;
    shape = node.attributes.length ? Object.fromEntries([['#text', text ?? 'string'], ...attributes]) : text;
  }
  if (node.repeat) return [shape ?? 'string'];
  return shape;
}

function leafType(type: ValueType = 'string'): 'number' | 'boolean' | undefined {
  const alternatives = tsTypeAlternatives(type);
  if (alternatives.every((t) => t === 'number')) return 'number';
  if (alternatives.every((t) => t === 'boolean')) return 'boolean';
  return undefined;
}
