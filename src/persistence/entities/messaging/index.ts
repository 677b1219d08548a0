/** The messaging tables (issue 16): the outbox, the SMS parts the SMSC accepted, inbound SMS. */
import { InboundSmsMessage } from './inbound-sms.ts';
import { OutboxMessage } from './outbox-message.ts';
import { SmsPart } from './sms-part.ts';

export { InboundSmsMessage, OutboxMessage, SmsPart };

export const MESSAGING_ENTITIES = [OutboxMessage, SmsPart, InboundSmsMessage];
