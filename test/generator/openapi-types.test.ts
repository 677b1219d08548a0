// generated/<dialect>/openapi-types.ts is what openapi-typescript's own entry point gives for our OpenAPI
// document: the generator calls its transform directly, without the Redocly lint and bundle steps, and this
// test runs them (a lint error throws) and compares.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';
import { OPENAPI_TS_OPTIONS, openApiTypesFile } from '../../generator/emit/openapi-types.ts';
import { DIALECTS } from '../../generator/load/model.ts';

const root = join(import.meta.dirname, '..', '..');

describe.each(DIALECTS)('%s openapi-types.ts', (dialect) => {
  it("is openapiTS()'s output for openapi.json, which passes its Redocly lint", async () => {
    const openapi = JSON.parse(readFileSync(join(root, 'generated', dialect, 'openapi.json'), 'utf8'));
    const expected = openApiTypesFile(astToString(await openapiTS(openapi, { ...OPENAPI_TS_OPTIONS, silent: true })));
    expect(readFileSync(join(root, 'generated', dialect, 'openapi-types.ts'), 'utf8')).toBe(expected);
  }, 60_000);
});
