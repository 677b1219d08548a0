/** A user's device (a SIP/IAX2 phone or a fax): the acc of the devices page (004:L143-L175). */
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const MorDevice = defineEntity({
  name: 'MorDevice',
  tableName: 'mor_devices',
  properties: {
    id: p.integer().primary().autoincrement(),
    userId: p.integer().index(),
    description: p.string().length(255).default(''),
    /** Technology: SIP, IAX2, H323, FAX, … */
    type: p.string().length(16),
    extension: p.string().length(32).unique(),
    username: p.string().length(64).unique(),
    /** AES-256-GCM sealed (domain/security/secret-box.ts): the page shows it, the table does not. */
    passwordSealed: p.text(),
    /** Caller ID as the device presents it, e.g. "101" <101>. */
    callerId: p.string().length(128).default(''),
    lastRegisteredAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export type MorDeviceRow = InferEntity<typeof MorDevice>;
