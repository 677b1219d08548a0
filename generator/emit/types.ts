/** Emits generated/<dialect>/types.ts: each operation's parameter and result types, and the Handlers interface of the implemented ones. */
import { type SourceFile } from 'ts-morph';
import type { DialectInfo, Operation, ResultField, XmlNode } from '../load/model.ts';
import { docLines, newSourceFile, propertyKey, render, tsType } from './ts.ts';

export function emitTypes(info: DialectInfo, ops: Operation[]): string {
  const file = newSourceFile(`${info.name}/types.ts`);
  file.addImportDeclaration({ moduleSpecifier: '../common.ts', namedImports: ['Decimal', 'FileAnswer', 'HandlerResult'], isTypeOnly: true });
  for (const op of ops) {
    addParams(file, op);
    addResult(file, op);
  }
  const prefix = dialectTypePrefix(info.name);
  file.addInterface({
    name: `${prefix}ParamsByOperation`, isExported: true,
    docs: ['Every operation\'s parameters, keyed by operationId (the handler name).'],
    properties: ops.map((op) => ({ name: propertyKey(op.handlerName), type: `${op.typeName}Params` })),
  });
  file.addInterface({
    name: `${prefix}InputByOperation`, isExported: true,
    docs: ['Every operation\'s request input, keyed by operationId.'],
    properties: ops.map((op) => ({ name: propertyKey(op.handlerName), type: `${op.typeName}Input` })),
  });
  file.addInterface({
    name: `${prefix}ResultByOperation`, isExported: true,
    docs: ['Every operation\'s result, keyed by operationId (the handler name).'],
    properties: ops.map((op) => ({ name: propertyKey(op.handlerName), type: `${op.typeName}Result` })),
  });
  file.addInterface({
    name: `${prefix}IndexedParamsByOperation`, isExported: true,
    docs: ['The numbered parameter families of each operation (fieldname0..fieldname99): OpenAPI cannot list them as parameters.'],
    properties: ops.map((op) => ({
      name: propertyKey(op.handlerName),
      type: op.params.filter((p) => p.indexed).map((p) => JSON.stringify(p.name)).join(' | ') || 'never',
    })),
  });
  file.addInterface({
    name: `${prefix}Handlers`, isExported: true,
    typeParameters: ['Ctx'],
    docs: ['The implemented operations (status: implemented). src/ declares its handlers with `satisfies`, so a missing or mistyped one fails the build.'],
    properties: ops.filter((op) => op.status === 'implemented').map((op) => ({
      name: propertyKey(op.handlerName),
      type: `(params: ${op.typeName}Params, ctx: Ctx) => HandlerResult<${op.typeName}Result>`,
      docs: docLines(`${op.id}: ${op.summary}`),
    })),
  });
  return render(file);
}

export function dialectTypePrefix(dialect: string): string {
  return { 'mizu-v1': 'MizuV1', 'mizu-v2': 'MizuV2', minisip: 'Minisip', mor: 'Mor' }[dialect] ?? dialect;
}

/** `Params` is what a handler receives (defaults applied); `Input` is what a caller sends (defaulted ones optional). */
function addParams(file: SourceFile, op: Operation): void {
  for (const [suffix, what, withDefaults] of [['Params', 'Parameters', true], ['Input', 'Request input', false]] as const) {
    file.addInterface({
      name: `${op.typeName}${suffix}`, isExported: true,
      docs: docLines(`${what} of ${op.dialect} \`${op.id}\`: ${op.summary}`),
      properties: op.params.map((p) => ({
        name: propertyKey(p.name),
        type: p.indexed ? `Partial<Record<number, ${tsType(p.type, p.values)}>>` : tsType(p.type, p.values),
        hasQuestionToken: !p.required && !(withDefaults && p.default !== undefined),
        docs: docLines(p.description, p.aliases.length ? `Aliases: ${p.aliases.join(', ')}.` : undefined),
      })),
    });
  }
}

function addResult(file: SourceFile, op: Operation): void {
  const name = `${op.typeName}Result`;
  const docs = docLines(`Result of ${op.dialect} \`${op.id}\`.`, op.result.description);
  switch (op.result.kind) {
    case 'record':
      file.addInterface({ name, isExported: true, docs, properties: fieldProperties(op.result.fields) });
      return;
    case 'list':
      file.addInterface({ name: `${op.typeName}Row`, isExported: true, docs: [`One row of ${op.id}.`], properties: fieldProperties(op.result.fields) });
      file.addInterface({ name, isExported: true, docs, properties: [{ name: 'rows', type: `${op.typeName}Row[]` }] });
      return;
    case 'value':
      file.addInterface({ name, isExported: true, docs, properties: [{ name: 'value', type: tsType(op.result.type!) }] });
      return;
    case 'text':
      file.addInterface({ name, isExported: true, docs, properties: [{ name: 'text', type: 'string' }] });
      return;
    case 'ok':
      file.addInterface({ name, isExported: true, docs, properties: [{ name: 'message', type: 'string', hasQuestionToken: true }] });
      return;
    case 'file':
      file.addTypeAlias({ name, isExported: true, docs, type: 'FileAnswer' });
      return;
    case 'xml':
      file.addTypeAlias({ name, isExported: true, docs, type: xmlType(op.result.xml!) });
  }
}

function fieldProperties(fields: ResultField[]) {
  return fields.map((f) => ({
    name: propertyKey(f.name), type: tsType(f.type, f.values), hasQuestionToken: f.optional, docs: docLines(f.description),
  }));
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
