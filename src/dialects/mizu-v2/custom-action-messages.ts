/**
 * tb_api custom_action 1/2 (after a successful request) and 51/52 (after a failed one): an e-mail or an SMS
 * (002:L597-L625). The body's {field} keywords are "replaced at runtime with the API input parameters or with the
 * current authenticated user fields" (the user's own first), [USERID], [USERNAME] and [SPARAMn] as in custom SQL.
 * "***TO" and "***SUBJECT" lines, as in the vendor's scheduled tasks, name the recipient and the subject; without
 * ***TO the message goes to the user's own e-mail address or phone.
 */
import type { KeywordValue } from '../../domain/admin/keyword-values.ts';
import type { Keyword } from '../../domain/admin/sql-keywords.ts';
import type { SqlValue } from '../../domain/admin/sql-runner.ts';
import { emailOff, type Messaging, smsOff } from '../../domain/messaging/messaging.ts';
import type { Services } from '../../domain/services.ts';
import type { SwitchboardError } from '../../platform/errors.ts';

export type MessageChannel = 'email' | 'sms';

export const MESSAGE_ACTIONS: Readonly<Record<number, MessageChannel>> = {
  1: 'email',
  2: 'sms',
  51: 'email',
  52: 'sms',
};

/** The channel-off error when the row's message cannot be sent, so the API is refused before it runs. */
export function messageActionOff(s: Services, channel: MessageChannel): SwitchboardError | undefined {
  if (channel === 'email') return s.messaging.email ? undefined : emailOff();
  return s.messaging.sms ? undefined : smsOff();
}

export interface ActionMessage {
  to?: string;
  subject?: string;
  text: string;
}

const DIRECTIVE = /^\*\*\*(TO|SUBJECT)\b[\s:=]*(.*)$/i;
const KEYWORD = /\[(USERID|USERNAME|SPARAM([1-9][0-9]?))\]|\{([A-Za-z_][A-Za-z0-9_]*)\}/gi;

/** The body with its keywords filled in, and its ***TO and ***SUBJECT lines read off. */
export function actionMessage(body: string, values: KeywordValue): ActionMessage {
  const message: ActionMessage = { text: '' };
  const lines: string[] = [];
  for (const line of body.split(/\r?\n/)) {
    const directive = DIRECTIVE.exec(line.trim());
    if (!directive) {
      lines.push(fill(line, values));
      continue;
    }
    const value = fill(directive[2]!.trim(), values);
    if (directive[1]!.toUpperCase() === 'TO') message.to = value;
    else message.subject = value;
  }
  message.text = lines.join('\n').trim();
  return message;
}

function fill(text: string, values: KeywordValue): string {
  return text.replace(KEYWORD, (whole, bracketed: string | undefined, sparam: string | undefined, field?: string) => {
    const keyword: Keyword = field
      ? { kind: 'field', name: field.toLowerCase() }
      : sparam
        ? { kind: 'sparam', n: Number(sparam) }
        : bracketed!.toUpperCase() === 'USERID'
          ? { kind: 'userid' }
          : { kind: 'username' };
    const value = values(keyword);
    return value === null ? (field ? whole : '') : String(value);
  });
}

/** Queues the message of a custom action: to ***TO, else the user's own e-mail address or phone. */
export async function queueActionMessage(
  messaging: Messaging,
  command: string,
  channel: MessageChannel,
  body: string,
  user: { id?: number; fields: Map<string, SqlValue> },
  values: KeywordValue,
): Promise<void> {
  const message = actionMessage(body, values);
  const to = message.to || String(user.fields.get(channel === 'email' ? 'email' : 'phone') ?? '');
  if (!to)
    throw new Error(
      `no recipient: the body has no ***TO line and the user has no ${channel === 'email' ? 'e-mail address' : 'phone'}`,
    );
  if (channel === 'email')
    await messaging.queueEmail({
      userId: user.id,
      to,
      subject: message.subject ?? `${command} API`,
      text: message.text,
    });
  else await messaging.queueSms({ userId: user.id, from: '', to, text: message.text });
}

export const CHANNEL_NAMES: Readonly<Record<MessageChannel, string>> = { email: 'e-mail', sms: 'SMS' };
