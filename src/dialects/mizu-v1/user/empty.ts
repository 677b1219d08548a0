/**
 * The empty COMMAND (000:L34, 000:L91-L96): "the action will be guessed from parameters": with two numbers a p2p call
 * (number1 connected to number2), with one a callback to it. Served by cb and p2p.
 */
import type { EmptyParams, EmptyResult } from '../../../../generated/mizu-v1/types.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { cb } from './cb.ts';
import { p2p } from './p2p.ts';

export const empty = (params: EmptyParams, ctx: MizuContext): Promise<EmptyResult> =>
  params.bnum === undefined ? cb({ anum: params.anum }, ctx) : p2p({ anum: params.anum, bnum: params.bnum }, ctx);
