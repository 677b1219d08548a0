/**
 * oop (000:L33, 000:L52): Run any operation defined on the console API, passed in txt. The line runs as a Mizu v2
 * request (../console.ts).
 */
import type { OopParams } from '../../../../generated/mizu-v1/types.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { runConsoleLine } from '../console.ts';

export const oop = async (params: OopParams, ctx: MizuContext) => ({ text: await runConsoleLine(params.txt, ctx) });
