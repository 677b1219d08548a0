/**
 * @switchboard/client: the typed clients of Switchboard's four dialects, one class each, with the vendors'
 * authentication built in. The per-dialect parts are generated from spec/ (generated/<dialect>/client.ts); the
 * transports they share are hand-written (src/protocol/clients/). Runs in Node ≥ 18 and in browsers.
 */
export type * as MinisipTypes from '../generated/minisip/types.ts';
export { MinisipClient } from '../generated/minisip/client.ts';
export type * as MizuV1Types from '../generated/mizu-v1/types.ts';
export { MizuV1Client } from '../generated/mizu-v1/client.ts';
export type * as MizuV2Types from '../generated/mizu-v2/types.ts';
export { MizuV2Client } from '../generated/mizu-v2/client.ts';
export type * as MorTypes from '../generated/mor/types.ts';
export { MorClient } from '../generated/mor/client.ts';
export { ApiError } from '../src/protocol/clients/errors.ts';
export type { MinisipClientOptions } from '../src/protocol/clients/minisip.ts';
export type { MizuV1ClientOptions } from '../src/protocol/clients/mizu-v1.ts';
export type { MizuV2ClientOptions } from '../src/protocol/clients/mizu-v2.ts';
export type { MorClientOptions } from '../src/protocol/clients/mor.ts';
