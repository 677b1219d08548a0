/**
 * unittest [testtype,threads,testtime,parameter] (001/002 Various operations): the built-in self tests
 * (domain/admin/self-test.ts).
 */
import type { UnittestParams, UnittestResult } from '../../../../generated/mizu-v2/types.ts';
import type { MizuContext } from '../../mizu/context.ts';

export async function unittest(params: UnittestParams, ctx: MizuContext): Promise<UnittestResult> {
  const lines = await ctx.services.selfTest.run(params.testtype, { threads: params.threads, seconds: params.testtime });
  const failed = lines.filter((l) => !l.ok).length;
  return {
    text: [
      ...lines.map((l) => `${l.name}: ${l.ok ? 'passed' : 'failed'} (${l.detail})`),
      `${lines.length - failed} passed, ${failed} failed`,
    ].join('\n'),
  };
}
