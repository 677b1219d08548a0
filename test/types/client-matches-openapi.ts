// Compile-time test (type-checked by `make test`): for every operation of every dialect, the generated client's
// input and result types are the same types openapi-typescript reads from the emitted OpenAPI document.
// A mismatch fails the build naming the operations that differ.
import type { FileAnswer } from '../../generated/common.ts';
import type * as V1 from '../../generated/mizu-v1/types.ts';
import type * as V2 from '../../generated/mizu-v2/types.ts';
import type * as MS from '../../generated/minisip/types.ts';
import type * as MOR from '../../generated/mor/types.ts';
import type { components as V1Components, operations as V1Api } from '../../generated/mizu-v1/openapi-types.ts';
import type { components as V2Components, operations as V2Api } from '../../generated/mizu-v2/openapi-types.ts';
import type { operations as MsApi } from '../../generated/minisip/openapi-types.ts';
import type { operations as MorApi } from '../../generated/mor/openapi-types.ts';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Flat<T> = { [K in keyof T]: T[K] };
type Failures<C> = { [K in keyof C]: C[K] extends true ? never : K }[keyof C];
/** Compiles only when no operation failed; otherwise the error names them. */
type Check<C> = [Failures<C>] extends [never] ? 'ok' : { mismatched: Failures<C> };

/** openapi-typescript writes an absent part as `never`: read it as no members. */
type Part<P> = [NonNullable<P>] extends [never] ? {} : NonNullable<P>;
type Query<O> = O extends { parameters: { query?: infer Q } } ? Part<Q> : {};
type Path<O> = O extends { parameters: { path?: infer P } } ? Part<P> : {};
type JsonBody<O> = O extends { requestBody?: { content: { 'application/json': infer B } } } ? B : {};
type FormBody<O> = O extends { requestBody?: { content: { 'application/x-www-form-urlencoded': infer B } } } ? B : {};
type Ok<O> = O extends { responses: { 200: { content: infer C } } } ? C : never;

/**
 * Input matches the operation's own parameters (envelope and numbered families aside), key for key and type for type.
 */
type InputMatches<In, Api, Envelope extends PropertyKey> = OwnMatches<In, Api, Exclude<Envelope, keyof In>>;
type OwnMatches<In, Api, Envelope extends PropertyKey> = [
  Same<keyof In, Exclude<keyof Api, Envelope>>,
  Same<Flat<In>, Flat<Omit<Api, Envelope>>>,
] extends [true, true]
  ? true
  : false;

type ResultMatches<Out, Api> = Out extends FileAnswer ? true : Same<Out, Api>;

type MizuChecks<In, Out, Idx, Api, Envelope extends PropertyKey> = {
  [K in keyof In & keyof Out & keyof Idx & keyof Api]: [
    InputMatches<Omit<In[K], Idx[K] & PropertyKey>, Query<Api[K]>, Envelope>,
    ResultMatches<
      Out[K],
      Extract<Ok<Api[K]>[keyof Ok<Api[K]>], { code: 200 }> extends { data: infer D }
        ? D
        : Ok<Api[K]>['text/plain' & keyof Ok<Api[K]>]
    >,
  ] extends [true, true]
    ? true
    : false;
};

type MizuV1Checks = {
  [K in keyof V1.MizuV1InputByOperation & keyof V1Api]: InputMatches<
    V1.MizuV1InputByOperation[K],
    Query<V1Api[K]>,
    keyof V1Components['parameters']
  >;
};

/** A `bareRows` list answers its rows as a bare JSON array; the client hands them over as {rows}. */
type AsRows<T> = T extends readonly (infer Row)[] ? { rows: Row[] } : T;

type MinisipChecks = {
  [K in keyof MS.MinisipInputByOperation & keyof MsApi]: [
    InputMatches<MS.MinisipInputByOperation[K], JsonBody<MsApi[K]>, 'syskey'>,
    ResultMatches<MS.MinisipResultByOperation[K], AsRows<Ok<MsApi[K]>['application/json' & keyof Ok<MsApi[K]>]>>,
  ] extends [true, true]
    ? true
    : false;
};

/**
 * A MOR page's client result is the document, `{ <root>: content }`; its OpenAPI schema is the root element's content
 * (named by `xml.name`, which openapi-lint.test.ts holds to the root): the content is compared.
 */
type RootContent<T> = T extends FileAnswer ? T : T[keyof T];

type MorChecks = {
  [K in keyof MOR.MorInputByOperation & keyof MorApi]: [
    InputMatches<
      MOR.MorInputByOperation[K],
      Query<MorApi[K]> & Path<MorApi[K]> & FormBody<MorApi[K]>,
      'user_id' | 'hash'
    >,
    ResultMatches<RootContent<MOR.MorResultByOperation[K]>, Ok<MorApi[K]>['application/xml' & keyof Ok<MorApi[K]>]>,
  ] extends [true, true]
    ? true
    : false;
};

/** Every operation is in both the types and the OpenAPI document. */
type SameOperations<A, B> = Same<keyof A, keyof B>;

export const mizuV1: Check<MizuV1Checks> = 'ok';
export const mizuV2: Check<
  MizuChecks<
    V2.MizuV2InputByOperation,
    V2.MizuV2ResultByOperation,
    V2.MizuV2IndexedParamsByOperation,
    V2Api,
    keyof V2Components['parameters']
  >
> = 'ok';
export const minisip: Check<MinisipChecks> = 'ok';
export const mor: Check<MorChecks> = 'ok';
export const sameOperations: [
  SameOperations<V1.MizuV1InputByOperation, V1Api>,
  SameOperations<V2.MizuV2InputByOperation, V2Api>,
  SameOperations<MS.MinisipInputByOperation, MsApi>,
  SameOperations<MOR.MorInputByOperation, MorApi>,
] = [true, true, true, true];
