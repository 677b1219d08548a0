/**
 * sendamsg [agentid, txt] (001:L455, 002:L452): a message to one agent (a user, by id) as sendim sends it, or to all:
 * every user registered now, nothing stored for the others.
 */
import type { SendamsgParams, SendamsgResult } from '../../../../generated/mizu-v2/types.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { senderOf, sendToEach } from '../shared/instant-messages.ts';

export async function sendamsg(params: SendamsgParams, ctx: MizuContext): Promise<SendamsgResult> {
  if (params.agentid === 'all') return { message: await sendToRegistered(params.txt, ctx) };
  const agent = await ctx.services.accounts.cache.byId(Number(params.agentid), () => ctx.em);
  if (!agent?.enabled) throw new SwitchboardError('user-not-found', `no agent (user) with id ${params.agentid}`);
  return { message: await sendToEach([agent.username], params.txt, ctx) };
}

async function sendToRegistered(text: string, ctx: MizuContext): Promise<string> {
  const sender = senderOf(ctx);
  const online = [...new Set((await ctx.services.registrations.all()).map((b) => b.username))];
  const accepted = await Promise.all(online.map((u) => ctx.services.instantMessages.sendIfOnline(sender, u, text)));
  return `OK: delivered ${accepted.filter(Boolean).length} of ${online.length} registered`;
}
