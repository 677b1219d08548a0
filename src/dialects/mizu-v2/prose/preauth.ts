/** preauth: a fresh nonce for the authv3 digest, bound to the client address: "OK: new nonce is:xxxEOF" (002:L290). */
import type { PreauthParams, PreauthResult } from '../../../../generated/mizu-v2/types.ts';
import type { MizuContext } from '../../mizu/context.ts';

export async function preauth(_params: PreauthParams, ctx: MizuContext): Promise<PreauthResult> {
  return { value: `new nonce is:${await ctx.services.nonces.issue(ctx.ip)}EOF` };
}
