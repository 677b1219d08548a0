/** A fax received on (or sent from) one of a user's fax devices (004:L745-L787). */
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const MorFax = defineEntity({
  name: 'MorFax',
  tableName: 'mor_faxes',
  indexes: [{ properties: ['userId', 'receivedAt'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    userId: p.integer(),
    deviceId: p.integer(),
    filename: p.string().length(255).default(''),
    receivedAt: p.datetime(),
    sender: p.string().length(64).default(''),
    /** Received, Sent, Failed, … as the page shows it. */
    status: p.string().length(32).default('Received'),
  },
});

export type MorFaxRow = InferEntity<typeof MorFax>;
