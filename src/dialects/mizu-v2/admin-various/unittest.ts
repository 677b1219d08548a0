/**
 * unittest [testtype,threads,testtime,parameter] (001/002 Various operations): the built-in self tests
 * (domain/admin/self-test.ts). The seed lists no testtype values, so one this server does not know is answered, not
 * refused.
 */
import type { UnittestParams, UnittestResult } from '../../../../generated/mizu-v2/types.ts';
import type { TestType } from '../../../domain/admin/self-test.ts';
import type { MizuContext } from '../../mizu/context.ts';

const KNOWN_TESTS: readonly TestType[] = ['all', 'database', 'state', 'sql', 'load'];

function knownTest(testtype: string): TestType | undefined {
  return KNOWN_TESTS.find((known) => known === testtype.trim().toLowerCase());
}

export async function unittest(params: UnittestParams, ctx: MizuContext): Promise<UnittestResult> {
  const type = knownTest(params.testtype);
  if (!type) {
    return { text: `${params.testtype}: not a known test here (known: ${KNOWN_TESTS.join(', ')})\n0 passed, 0 failed` };
  }
  const lines = await ctx.services.selfTest.run(type, { threads: params.threads, seconds: params.testtime });
  const failed = lines.filter((l) => !l.ok).length;
  return {
    text: [
      ...lines.map((l) => `${l.name}: ${l.ok ? 'passed' : 'failed'} (${l.detail})`),
      `${lines.length - failed} passed, ${failed} failed`,
    ].join('\n'),
  };
}
