/**
 * API commands sent by SMS (000:L18: "SMS requests must contain the same parameters"; 001:L32, 002:L102: "p2p, cb,
 * balance, rating, charge, cli"). The text is the command and its parameters, in order or as name=value
 * ("rating 3630123456789", "rating bnum=3630123456789"); it runs for the user the sender number belongs to (a number
 * added with cli or addcallbacknumber, or the account's phone or caller id), and its text answer goes back by SMS.
 * Other texts go to the user the destination number belongs to, as a SIP MESSAGE (kept for them until they register);
 * texts from a number no account has get no answer. The messaging core keeps every inbound SMS.
 */
import { randomUUID } from 'node:crypto';
import { byName } from '../../../generated/mizu-v2/dispatch.ts';
import type { MizuV2Handlers } from '../../../generated/mizu-v2/types.ts';
import { type NumberKind, numberOwner } from '../../domain/accounts/phone-numbers.ts';
import type { CachedUser } from '../../domain/accounts/user-cache.ts';
import type { InboundHandler, InboundSms } from '../../domain/messaging/messaging.ts';
import type { Services } from '../../domain/services.ts';
import { describeError } from '../../runtime/edge-errors.ts';
import { dispatch, type Handler } from '../../runtime/pipeline.ts';
import type { ResultKind } from '../mizu/answer/answer.ts';
import { renderAnswer } from '../mizu/answer/index.ts';
import { mizuParameterError } from '../mizu/answer/parameter-error.ts';
import type { MizuContext } from '../mizu/context.ts';

export const SMS_COMMANDS = new Set(['p2p', 'cb', 'balance', 'rating', 'charge', 'cli']);

/** The 1-based position of the first function parameter in the paramN form (after function, key, user, password). */
const FIRST_PARAM = 5;

export function smsCommands(services: Services, handlers: MizuV2Handlers<MizuContext>): InboundHandler {
  return async (sms) => {
    const [word, ...args] = sms.text.trim().split(/\s+/);
    const name = word?.toLowerCase() ?? '';
    const entry = byName.get(name);
    if (!SMS_COMMANDS.has(name) || !entry) {
      await deliverToRecipient(services, sms);
      return undefined;
    }
    // tb_api rows and rate limits name the operation, as over HTTP: cb is callback.
    const command = entry.id;
    if (replacedInTbApi(services, command)) {
      services.logger.info({ from: sms.from, command }, 'an SMS command that tb_api disables or replaces: not run');
      return undefined;
    }
    const user = await senderUser(services, sms);
    if (!user) {
      services.logger.info({ from: sms.from, command }, 'an SMS command from a number no account has: not run');
      return undefined;
    }
    if (!(await withinLimits(services, command, sms, user))) return undefined;
    const params = commandParams(args);
    const ctx = smsContext(services, user, params);
    const handler = (handlers as unknown as Record<string, Handler<MizuContext> | undefined>)[entry.handler];
    try {
      const data = await dispatch(entry, handler, params, ctx, { invalid: mizuParameterError });
      const message = entry.resultKind === 'ok' ? (data as { message?: string } | undefined)?.message : undefined;
      return answerText({ ok: true, kind: entry.resultKind as ResultKind, data: data ?? {}, message });
    } catch (e) {
      return answerText({ ok: false, error: describeError(e, services.logger) });
    }
  };
}

/**
 * The command's rate limits, the sender's number standing for the client address. Over them the SMS gets no answer:
 * answering a flood by SMS would only make it bigger.
 */
async function withinLimits(services: Services, command: string, sms: InboundSms, user: CachedUser): Promise<boolean> {
  try {
    await services.limits.check(command, `sms:${sms.from}`, user.id);
    return true;
  } catch (e) {
    services.logger.warn({ from: sms.from, command, err: e }, 'an SMS command over its rate limit: not run');
    return false;
  }
}

/**
 * A tb_api row that disables the command, replaces it (customsql) or adds an action to it: the command is then the
 * operator's, which only the HTTP pipeline runs as configured, so an SMS does not run the built-in one.
 */
function replacedInTbApi(services: Services, command: string): boolean {
  const row = services.policies.get(command);
  return !!row && (row.enabled === 0 || !!row.customsql?.trim() || !!row.customAction);
}

/** Positional words fill the command's parameters in order (param5 on); name=value words name theirs. */
function commandParams(args: string[]): Record<string, string> {
  const params: Record<string, string> = {};
  let position = FIRST_PARAM;
  for (const arg of args) {
    const eq = arg.indexOf('=');
    if (eq > 0) params[arg.slice(0, eq).toLowerCase()] = arg.slice(eq + 1);
    else params[`param${position++}`] = arg;
  }
  return params;
}

function answerText(answer: Parameters<typeof renderAnswer>[1]): string {
  return renderAnswer('text', answer).body.trim();
}

/** A text for a person, not the server: to the user its destination number belongs to, live or kept for them. */
async function deliverToRecipient(services: Services, sms: InboundSms): Promise<void> {
  const recipient = await numberOwnerUser(services, sms.to, ['did', 'ani', 'callback']);
  if (recipient) await services.instantMessages.send(sms.from, recipient.username, sms.text);
}

/** The sender's account: the one its number belongs to as a caller (a DID it was given says nothing of who sends). */
function senderUser(services: Services, sms: InboundSms): Promise<CachedUser | undefined> {
  return numberOwnerUser(services, sms.from, ['ani', 'callback']);
}

/** The one enabled account a number belongs to (its phone or caller id, or a number of these kinds added to it). */
async function numberOwnerUser(
  services: Services,
  number: string,
  kinds: readonly NumberKind[],
): Promise<CachedUser | undefined> {
  const em = services.db.em();
  const username = await numberOwner(em, number, kinds, true);
  return username === undefined ? undefined : services.accounts.cache.find(username, () => em);
}

/** The sender, identified by its number: a user, with no admin rights, whatever the account's type. */
function smsContext(services: Services, user: CachedUser, params: Record<string, string>): MizuContext {
  const em = services.db.em();
  return {
    services,
    em,
    principal: { user, admin: false, trustedIp: false, via: 'username' },
    // No address: the request came by SMS (an address list never matches it).
    ip: '',
    requestId: randomUUID(),
    // A message, like a datagram: no connection, no session.
    transport: 'udp',
    raw: params,
  };
}
