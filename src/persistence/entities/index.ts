/** Every entity the ORM knows. */
import { ApiPolicy } from './api-policy.ts';
import { AuditEntry } from './audit-entry.ts';
import { Ban } from './ban.ts';
import { CreditEntry } from './credit-entry.ts';
import { GlobalOption } from './global-option.ts';
import { Tariff } from './tariff.ts';
import { User } from './user.ts';

export { ApiPolicy, AuditEntry, Ban, CreditEntry, GlobalOption, Tariff, User };
export const ENTITIES = [User, GlobalOption, ApiPolicy, Ban, CreditEntry, AuditEntry, Tariff];
