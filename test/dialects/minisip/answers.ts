/** Checks an openapi answer against the generated OpenAPI document: the operation's 200 schema, or MinisipError. */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';

const DOCUMENT = JSON.parse(readFileSync(new URL('../../../generated/minisip/openapi.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addSchema({ $id: 'minisip', components: DOCUMENT.components });

/** The problems of body as the success answer of operationId (e.g. localuserQuery); [] when it is one. */
export function successProblems(path: string, body: unknown): string[] {
  const operation = DOCUMENT.paths[`/openapi/${path}`]?.post;
  if (!operation) return [`no operation ${path} in openapi.json`];
  const ref: string = operation.responses['200'].content['application/json'].schema.$ref;
  return problems({ $ref: `minisip${ref}` }, body);
}

export function errorProblems(body: unknown): string[] {
  return problems({ $ref: 'minisip#/components/schemas/MinisipError' }, body);
}

const compiled = new Map<string, ReturnType<typeof ajv.compile>>();

function problems(schema: { $ref: string }, body: unknown): string[] {
  let validate = compiled.get(schema.$ref);
  if (!validate) compiled.set(schema.$ref, (validate = ajv.compile(schema)));
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
