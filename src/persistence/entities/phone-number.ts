/** A DID of the free number pool: getphonenumber hands them out, lockphonenumber reserves one for a user. */
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const PhoneNumber = defineEntity({
  name: 'PhoneNumber',
  tableName: 'phone_numbers',
  properties: {
    number: p.string().length(32).primary(),
    /** The user it is locked to; null while it is free. */
    userId: p.integer().nullable().index(),
    /** callback: a number the user added for callbacks (addcallbacknumber); did: a pool number. */
    kind: p.string().length(16).default('did'),
    lockedAt: p.datetime().nullable(),
  },
});

export type PhoneNumberRow = InferEntity<typeof PhoneNumber>;
