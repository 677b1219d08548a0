/**
 * Emits generated/<dialect>/types.ts: each operation's parameter and result types, and the Handlers interface of the
 * implemented ones.
 */
import type { DialectInfo, Operation, ResultField, XmlNode } from '../load/model.ts';
import { call, importDecl } from './layout.ts';
import { docLines, propertyKey, tsType, tsTypeAlternatives } from './ts.ts';
import { interfaceDecl, type Member, objectType, tsFile, typeAlias } from './writer.ts';

export function emitTypes(info: DialectInfo, ops: Operation[]): string {
  const out = [importDecl('../common.ts', ['Decimal', 'FileAnswer', 'HandlerResult'], true)];
  for (const op of ops) out.push(...params(op), ...result(op));
  const prefix = dialectTypePrefix(info.name);
  const byOperation = (suffix: string, docs: string, type: (op: Operation) => string) =>
    interfaceDecl(
      `${prefix}${suffix}ByOperation`,
      ops.map((op) => ({ name: propertyKey(op.handlerName), type: type(op) })),
      [docs],
    );
  out.push(
    byOperation(
      'Params',
      "Every operation's parameters, keyed by operationId (the handler name).",
      (op) => `${op.typeName}Params`,
    ),
    byOperation('Input', "Every operation's request input, keyed by operationId.", (op) => `${op.typeName}Input`),
    byOperation(
      'Result',
      "Every operation's result, keyed by operationId (the handler name).",
      (op) => `${op.typeName}Result`,
    ),
    byOperation(
      'IndexedParams',
      'The numbered parameter families of each operation (fieldname0..fieldname99): OpenAPI cannot list them as parameters.',
      (op) =>
        op.params
          .filter((p) => p.indexed)
          .map((p) => JSON.stringify(p.name))
          .join(' | ') || 'never',
    ),
    interfaceDecl(
      `${prefix}Handlers`,
      ops
        .filter((op) => op.status === 'implemented')
        .map((op) => {
          const returns = ` => HandlerResult<${op.typeName}Result>`;
          const params = call(
            '',
            [`params: ${op.typeName}Params`, 'ctx: Ctx'],
            `  ${propertyKey(op.handlerName)}: `,
            returns.length + 1,
          );
          return {
            name: propertyKey(op.handlerName),
            type: `${params}${returns}`,
            docs: docLines(`${op.id}: ${op.summary}`),
          };
        }),
      [
        'The implemented operations (status: implemented). src/ declares its handlers with `satisfies`, so a missing or mistyped one fails the build.',
      ],
      ['Ctx'],
    ),
  );
  return tsFile(out.join('\n\n'));
}

export function dialectTypePrefix(dialect: string): string {
  return { 'mizu-v1': 'MizuV1', 'mizu-v2': 'MizuV2', minisip: 'Minisip', mor: 'Mor' }[dialect] ?? dialect;
}

/**
 * `Params` is what a handler receives (defaults applied); `Input` is what a caller sends (defaulted ones optional).
 * Without a defaulted optional parameter the two are the same, and `Input` is written as an alias.
 */
function params(op: Operation): string[] {
  const members = (withDefaults: boolean): Member[] =>
    op.params.map((p) => ({
      name: propertyKey(p.name),
      type: p.indexed ? `Partial<Record<number, ${tsType(p.type, p.values)}>>` : tsTypeAlternatives(p.type, p.values),
      optional: !p.required && !(withDefaults && p.default !== undefined),
      docs: docLines(p.description, p.aliases.length ? `Aliases: ${p.aliases.join(', ')}.` : undefined),
    }));
  const paramsDecl = interfaceDecl(
    `${op.typeName}Params`,
    members(true),
    docLines(`Parameters of ${op.dialect} \`${op.id}\`: ${op.summary}`),
  );
  const same = op.params.every((p) => p.required || p.default === undefined);
  const inputDecl = same
    ? typeAlias(`${op.typeName}Input`, `${op.typeName}Params`, [
        `Request input of ${op.dialect} \`${op.id}\`: its parameters (none has a default).`,
      ])
    : interfaceDecl(
        `${op.typeName}Input`,
        members(false),
        docLines(`Request input of ${op.dialect} \`${op.id}\`: ${op.summary}`),
      );
  return [paramsDecl, inputDecl];
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
      return [typeAlias(name, objectType([xmlMember(op.result.xml!, '')], `export type ${name} = `), docs)];
  }
}

function fieldMembers(fields: ResultField[]): Member[] {
  return fields.map((f) => ({
    name: propertyKey(f.name),
    type: tsTypeAlternatives(f.type, f.values),
    optional: f.optional,
    docs: docLines(f.description),
  }));
}

/**
 * The document's root element as the property of the object it becomes: leaves are values, repeated elements
 * arrays, attributes `@_name` beside `#text`. `indent` is that of the line the property is written on.
 */
function xmlMember(node: XmlNode, indent: string): Member {
  const head = `${indent}  ${propertyKey(node.name)}${node.optional ? '?' : ''}: ${node.repeat ? 'Array<' : ''}`;
  const suffix = node.repeat ? 2 : 1;
  const attributes: Member[] = node.attributes.map((a) => ({
    name: `'@_${a.name}'`,
    type: tsType(a.type),
    docs: docLines(a.description),
  }));
  let type: string;
  if (node.children) {
    type = objectType([...node.children.map((c) => xmlMember(c, `${indent}  `)), ...attributes], head, suffix);
  } else {
    const value = node.const !== undefined ? JSON.stringify(node.const) : tsType(node.type ?? 'string');
    type = attributes.length ? objectType([{ name: "'#text'", type: value }, ...attributes], head, suffix) : value;
  }
  return {
    name: propertyKey(node.name),
    type: node.repeat ? `Array<${type}>` : type,
    optional: node.optional,
    docs: docLines(node.description),
  };
}
