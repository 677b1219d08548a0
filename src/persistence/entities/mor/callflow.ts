/** The action a device takes in one call state (004:L176-L298); a state without a row keeps its default. */
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const MorCallflow = defineEntity({
  name: 'MorCallflow',
  tableName: 'mor_callflows',
  uniques: [{ properties: ['deviceId', 'state'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    deviceId: p.integer(),
    /** before_call, call, hangup, noanswer, busy, failed (the cft values). */
    state: p.string().length(16),
    /** empty, forward, voicemail, fax_detect */
    action: p.string().length(16),
    /** forward to a local device, or fax detect's fax device */
    targetDeviceId: p.integer().nullable(),
    /** forward to an external number */
    externalNumber: p.string().length(32).nullable(),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});

export type MorCallflowRow = InferEntity<typeof MorCallflow>;
