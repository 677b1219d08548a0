/**
 * sendim [bnum/buserlist, txt] (001:L338, 002:L356): a SIP MESSAGE to each recipient's registered contacts, or an
 * offline message kept for them (presence_set's XOFFMESSAGE, or sent when they register).
 */
import type { SendimParams, SendimResult } from '../../../../generated/mizu-v2/types.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { existingRecipients, sendToEach } from '../shared/instant-messages.ts';

export async function sendim(params: SendimParams, ctx: MizuContext): Promise<SendimResult> {
  const recipients = await existingRecipients(params.buserlist ?? (params.bnum ? [params.bnum] : []), ctx);
  return { message: await sendToEach(recipients, params.txt, ctx) };
}
