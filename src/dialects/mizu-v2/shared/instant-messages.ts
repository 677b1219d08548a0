/** What sendim and sendamsg share: who sends, and the recipients checked before anything goes out. */
import { SwitchboardError } from '../../../platform/errors.ts';
import { actorName } from '../../mizu/principal.ts';
import type { MizuContext } from '../../mizu/context.ts';

/** The From of the MESSAGE and the fromuser of XOFFMESSAGE: the user the command acts for, else who sent it. */
export function senderOf(ctx: MizuContext): string {
  return ctx.principal.user?.username ?? actorName(ctx.principal);
}

/** Every recipient, by username, when all exist and are enabled; a missing one refuses the whole request. */
export async function existingRecipients(usernames: readonly string[], ctx: MizuContext): Promise<string[]> {
  const names = [...new Set(usernames.map((u) => u.trim()).filter((u) => u !== ''))];
  if (names.length === 0) throw new SwitchboardError('missing-parameter', 'give bnum or buserlist');
  for (const name of names) {
    const user = await ctx.services.accounts.cache.byUsername(name, () => ctx.em);
    if (!user?.enabled) throw new SwitchboardError('user-not-found', `no user ${name}`);
  }
  return names;
}

/**
 * Sends to every recipient at once (a phone that never answers holds its own recipient up to Timer F, not the others);
 * answers how many got it now and how many have it stored.
 */
export async function sendToEach(recipients: readonly string[], text: string, ctx: MizuContext): Promise<string> {
  const sender = senderOf(ctx);
  const outcomes = await Promise.all(recipients.map((r) => ctx.services.instantMessages.send(sender, r, text)));
  const delivered = outcomes.filter((o) => o === 'delivered').length;
  return `OK: delivered ${delivered}, stored ${recipients.length - delivered}`;
}
