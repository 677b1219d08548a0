/**
 * The messaging tables (issue 16): the outbox, the SMS parts the SMSC accepted, inbound SMS and the parts of long
 * inbound SMS waiting for their siblings.
 */
import { InboundSmsMessage } from './inbound-sms.ts';
import { InboundSmsPart } from './inbound-sms-part.ts';
import { OutboxMessage } from './outbox-message.ts';
import { SmsPart } from './sms-part.ts';

export { InboundSmsMessage, InboundSmsPart, OutboxMessage, SmsPart };

export const MESSAGING_ENTITIES = [OutboxMessage, SmsPart, InboundSmsMessage, InboundSmsPart];
