/**
 * Every entity the ORM knows. Shared ones here; each dialect's own tables in its folder's index, so that work
 * on one dialect does not touch another's registration.
 */
import { ApiPolicy } from './api-policy.ts';
import { AuditEntry } from './audit-entry.ts';
import { Ban } from './ban.ts';
import { Cdr } from './cdr.ts';
import { CreditEntry } from './credit-entry.ts';
import { GlobalOption } from './global-option.ts';
import { PhoneNumber } from './phone-number.ts';
import { Rate } from './rate.ts';
import { RechargePin } from './recharge-pin.ts';
import { Tariff } from './tariff.ts';
import { User } from './user.ts';
import { RateDeckVersion } from './rate-deck-version.ts';
import { MINISIP_ENTITIES } from './minisip/index.ts';
import { MOR_ENTITIES } from './mor/index.ts';
import { MESSAGING_ENTITIES } from './messaging/index.ts';
import { TELEPHONY_ENTITIES } from './telephony/index.ts';
import { SIP_MESSAGE_ENTITIES } from './sip-messages/index.ts';

export { ApiPolicy, AuditEntry, Ban, Cdr, CreditEntry, GlobalOption, PhoneNumber, Rate, RechargePin, Tariff, User };

export const ENTITIES = [
  User,
  GlobalOption,
  ApiPolicy,
  Ban,
  CreditEntry,
  AuditEntry,
  Tariff,
  Rate,
  Cdr,
  PhoneNumber,
  RechargePin,
  RateDeckVersion,
  ...MINISIP_ENTITIES,
  ...MOR_ENTITIES,
  ...MESSAGING_ENTITIES,
  ...TELEPHONY_ENTITIES,
  ...SIP_MESSAGE_ENTITIES,
];
