/**
 * Emits generated/<dialect>/openapi-types.ts: the types openapi-typescript reads from our OpenAPI document; the
 * client is checked against them at compile time.
 *
 * openapiTS() would first lint and bundle the document with Redocly, which is most of its cost, and our
 * documents are self-contained (no external $ref): the transform is called directly with the context
 * openapiTS() builds for `{ alphabetize: true }`. test/generator/openapi-types.test.ts checks the result is
 * byte-for-byte what openapiTS() itself gives, and runs its Redocly lint.
 */
import type { OpenAPI3 } from 'openapi-typescript';
import { astToString, type GlobalContext, resolveRef, scanDiscriminators, transformSchema } from 'openapi-typescript';
import { tsHeader } from './header.ts';

/** The options generated/ is built with, for the test to hand to openapiTS(). */
export const OPENAPI_TS_OPTIONS = { alphabetize: true } as const;

export function emitOpenApiTypes(openapi: string): string {
  const schema = JSON.parse(openapi) as OpenAPI3;
  const ctx: GlobalContext = {
    additionalProperties: false,
    alphabetize: OPENAPI_TS_OPTIONS.alphabetize,
    arrayLength: false,
    defaultNonNullable: true,
    discriminators: scanDiscriminators(schema, OPENAPI_TS_OPTIONS),
    emptyObjectsUnknown: false,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    // Only the lint and bundle steps skipped here read the Redocly configuration.
    redoc: undefined as unknown as GlobalContext['redoc'],
    silent: false,
    inject: undefined,
    transform: undefined,
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: false,
    resolve<T>($ref: string) {
      return resolveRef<T>(schema, $ref, { silent: false });
    },
  };
  return openApiTypesFile(astToString(transformSchema(schema, ctx)));
}

/** The file around openapi-typescript's output. */
export function openApiTypesFile(types: string): string {
  return `${tsHeader}/* eslint-disable */\n${types}`;
}
