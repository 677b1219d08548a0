/** SQLite migrations, in order. `switchboard schema-diff` appends new ones. */
import { Migration0001Initial } from './0001-initial.ts';
import { Migration0002BillingRecords } from './0002-billing-records.ts';
import { Migration0003Minisip } from './0003-minisip.ts';
import { Migration0004Mor } from './0004-mor.ts';
import { Migration0005Accounts } from './0005-accounts.ts';
import { Migration0006Calls } from './0006-calls.ts';
import { Migration0007CdrCallLeg } from './0007-cdr-call-leg.ts';
import { Migration0008BanStrikesHashedPins } from './0008-ban-strikes-hashed-pins.ts';
import { Migration0009IdempotencyDigest } from './0009-idempotency-digest.ts';
import { Migration0010MoneyRange } from './0010-money-range.ts';
import { Migration0012Messaging } from './0012-messaging.ts';
import { Migration0013SipBindings } from './0013-sip-bindings.ts';
import { Migration0014SipOfflineMessages } from './0014-sip-offline-messages.ts';
import { Migration0015OutboxCharges } from './0015-outbox-charges.ts';
import { Migration0016InboundSmsParts } from './0016-inbound-sms-parts.ts';

export const SQLITE_MIGRATIONS = [
  { name: '0001-initial', class: Migration0001Initial },
  { name: '0002-billing-records', class: Migration0002BillingRecords },
  { name: '0003-minisip', class: Migration0003Minisip },
  { name: '0004-mor', class: Migration0004Mor },
  { name: '0005-accounts', class: Migration0005Accounts },
  { name: '0006-calls', class: Migration0006Calls },
  { name: '0007-cdr-call-leg', class: Migration0007CdrCallLeg },
  { name: '0008-ban-strikes-hashed-pins', class: Migration0008BanStrikesHashedPins },
  { name: '0009-idempotency-digest', class: Migration0009IdempotencyDigest },
  { name: '0010-money-range', class: Migration0010MoneyRange },
  { name: '0012-messaging', class: Migration0012Messaging },
  { name: '0013-sip-bindings', class: Migration0013SipBindings },
  { name: '0014-sip-offline-messages', class: Migration0014SipOfflineMessages },
  { name: '0015-outbox-charges', class: Migration0015OutboxCharges },
  { name: '0016-inbound-sms-parts', class: Migration0016InboundSmsParts },
];
