/** Emits generated/<dialect>/types.ts: each operation's parameter and result types, and the Handlers interface of the implemented ones. */
import type { DialectInfo, Operation, ResultField, XmlNode } from '../load/model.ts';
import { docLines, propertyKey, tsType } from './ts.ts';
import { importDecl, interfaceDecl, type Member, tsFile, typeAlias } from './writer.ts';

export function emitTypes(info: DialectInfo, ops: Operation[]): string {
  const out = [importDecl('../common.ts', ['Decimal', 'FileAnswer', 'HandlerResult'], true)];
  for (const op of ops) out.push(...params(op), ...result(op));
  const prefix = dialectTypePrefix(info.name);
  const byOperation = (suffix: string, docs: string, type: (op: Operation) => string) =>
    interfaceDecl(`${prefix}${suffix}ByOperation`, ops.map((op) => ({ name: propertyKey(op.handlerName), type: type(op) })), [docs]);
  out.push(
    byOperation('Params', 'Every operation\'s parameters, keyed by operationId (the handler name).', (op) => `${op.typeName}Params`),
    byOperation('Input', 'Every operation\'s request input, keyed by operationId.', (op) => `${op.typeName}Input`),
    byOperation('Result', 'Every operation\'s result, keyed by operationId (the handler name).', (op) => `${op.typeName}Result`),
    byOperation('IndexedParams', 'The numbered parameter families of each operation (fieldname0..fieldname99): OpenAPI cannot list them as parameters.',
      (op) => op.params.filter((p) => p.indexed).map((p) => JSON.stringify(p.name)).join(' | ') || 'never'),
    interfaceDecl(`${prefix}Handlers`, ops.filter((op) => op.status === 'implemented').map((op) => ({
      name: propertyKey(op.handlerName),
      type: `(params: ${op.typeName}Params, ctx: Ctx) => HandlerResult<${op.typeName}Result>`,
      docs: docLines(`${op.id}: ${op.summary}`),
    })), ['The implemented operations (status: implemented). src/ declares its handlers with `satisfies`, so a missing or mistyped one fails the build.'], ['Ctx']),
  );
  return tsFile(out.join('\n\n'));
}

export function dialectTypePrefix(dialect: string): string {
  return { 'mizu-v1': 'MizuV1', 'mizu-v2': 'MizuV2', minisip: 'Minisip', mor: 'Mor' }[dialect] ?? dialect;
}

/** `Params` is what a handler receives (defaults applied); `Input` is what a caller sends (defaulted ones optional). */
function params(op: Operation): string[] {
  return ([['Params', 'Parameters', true], ['Input', 'Request input', false]] as const).map(([suffix, what, withDefaults]) =>
    interfaceDecl(`${op.typeName}${suffix}`, op.params.map((p) => ({
      name: propertyKey(p.name),
      type: p.indexed ? `Partial<Record<number, ${tsType(p.type, p.values)}>>` : tsType(p.type, p.values),
      optional: !p.required && !(withDefaults && p.default !== undefined),
      docs: docLines(p.description, p.aliases.length ? `Aliases: ${p.aliases.join(', ')}.` : undefined),
    })), docLines(`${what} of ${op.dialect} \`${op.id}\`: ${op.summary}`)));
}

function result(op: Operation): string[] {
  const name = `${op.typeName}Result`;
  const docs = docLines(`Result of ${op.dialect} \`${op.id}\`.`, op.result.description);
  switch (op.result.kind) {
    case 'record':
      return [interfaceDecl(name, fieldMembers(op.result.fields), docs)];
    case 'list':
      return [
        interfaceDecl(`${op.typeName}Row`, fieldMembers(op.result.fields), [`One row of ${op.id}.`]),
        interfaceDecl(name, [{ name: 'rows', type: `${op.typeName}Row[]` }], docs),
      ];
    case 'value':
      return [interfaceDecl(name, [{ name: 'value', type: tsType(op.result.type!) }], docs)];
    case 'text':
      return [interfaceDecl(name, [{ name: 'text', type: 'string' }], docs)];
    case 'ok':
      return [interfaceDecl(name, [{ name: 'message', type: 'string', optional: true }], docs)];
    case 'file':
      return [typeAlias(name, 'FileAnswer', docs)];
    case 'xml':
      return [typeAlias(name, xmlType(op.result.xml!), docs)];
  }
}

function fieldMembers(fields: ResultField[]): Member[] {
  return fields.map((f) => ({ name: propertyKey(f.name), type: tsType(f.type, f.values), optional: f.optional, docs: docLines(f.description) }));
}

/** The object a document's root element becomes: leaves are values, repeated elements arrays, attributes `@_name` beside `#text`. */
function xmlType(root: XmlNode): string {
  return `{ ${root.name}: ${elementType(root)} }`;
}

function elementType(node: XmlNode): string {
  const attributes = node.attributes.map((a) => `'@_${a.name}': ${tsType(a.type)}`);
  let type: string;
  if (node.children) {
    const members = node.children.map((c) => `${propertyKey(c.name)}${c.optional ? '?' : ''}: ${elementType(c)}`);
    type = `{ ${[...members, ...attributes].join('; ')} }`;
  } else {
    type = node.const !== undefined ? JSON.stringify(node.const) : tsType(node.type ?? 'string');
    if (attributes.length) type = `{ '#text': ${type}; ${attributes.join('; ')} }`;
  }
  return node.repeat ? `Array<${type}>` : type;
}
