/** Emits generated/<dialect>/client.ts: a typed fetch-based client building the vendor wire form; authentication lives in src/protocol/clients/<dialect>.ts. */
import type { DialectInfo, Operation, Param } from '../load/model.ts';
import { dialectTypePrefix } from './types.ts';
import { docLines, newSourceFile, render } from './ts.ts';

const TRANSPORT_MODULE: Record<string, string> = {
  'mizu-v1': 'mizu-v1.ts', 'mizu-v2': 'mizu-v2.ts', minisip: 'minisip.ts', mor: 'mor.ts',
};

export function emitClient(info: DialectInfo, ops: Operation[]): string {
  const file = newSourceFile(`${info.name}/client.ts`);
  const prefix = dialectTypePrefix(info.name);
  file.addImportDeclaration({ moduleSpecifier: `../../src/protocol/clients/${TRANSPORT_MODULE[info.name]}`, namedImports: [`${prefix}Transport`] });
  file.addImportDeclaration({ moduleSpecifier: `../../src/protocol/clients/${TRANSPORT_MODULE[info.name]}`, namedImports: [`${prefix}ClientOptions`], isTypeOnly: true });
  if (ops.length) file.addImportDeclaration({ moduleSpecifier: './types.ts', namespaceImport: 'T', isTypeOnly: true });
  file.addClass({
    name: `${prefix}Client`, isExported: true,
    docs: [`Typed client for the ${info.title}: one method per operation, sent in the vendor wire form.`],
    properties: [{ name: 'transport', type: `${prefix}Transport`, isReadonly: true }],
    ctors: [{ parameters: [{ name: 'options', type: `${prefix}ClientOptions` }], statements: [`this.transport = new ${prefix}Transport(options);`] }],
    methods: ops.map((op) => {
      const optional = op.params.every((p) => !p.required);
      return {
        name: op.handlerName,
        docs: docLines(
          `${op.id}: ${op.summary}`,
          op.params.length ? `Parameters: ${op.params.map(paramSignature).join('; ')}.` : undefined,
          info.name === 'mor' && op.auth === 'user' ? `Stateless form: hash = SHA1 hex of ${['user_id', ...op.params.map((p) => p.name), 'API secret key'].join(' + ')} (the values sent, in this order).` : undefined,
          op.status !== 'implemented' ? `Status on Switchboard: ${op.status}${op.reason ? ` (${op.reason})` : ''}.` : undefined,
        ),
        parameters: [{ name: 'params', type: `T.${op.typeName}Input`, initializer: optional ? '{}' : undefined }],
        returnType: `Promise<T.${op.typeName}Result>`,
        statements: [`return this.transport.call(${callDescriptor(info, op)}, params);`],
      };
    }),
  });
  return render(file);
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
function callDescriptor(info: DialectInfo, op: Operation): string {
  const d: Record<string, unknown> = { id: op.id, kind: op.result.kind };
  if (info.name === 'mor') {
    d.method = op.method;
    d.path = op.path;
    d.auth = op.auth;
    d.in = Object.fromEntries(op.params.map((p) => [p.name, p.in ?? (op.method === 'GET' ? 'query' : 'body')]));
    // The stateless hash: SHA1 over user_id then these values in this order, then the API secret key.
    d.hashOrder = op.params.map((p) => p.name);
  }
  return JSON.stringify(d).replace(/"([A-Za-z_]+)":/g, '$1: ');
}
