/**
 * The MOR-only personal and registration details of a user (004:L99-L120), keyed by the shared tb_users id. The
 * details every dialect shares (email, phone, address, country) stay on the user.
 */
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const MorUserDetails = defineEntity({
  name: 'MorUserDetails',
  tableName: 'mor_user_details',
  properties: {
    userId: p.integer().primary().autoincrement(false),
    alias: p.string().length(64).default(''),
    firstName: p.string().length(255).default(''),
    surname: p.string().length(255).default(''),
    personalId: p.string().length(255).default(''),
    agreementNumber: p.string().length(255).default(''),
    /** YYYY-MM-DD, or empty. */
    agreementDate: p.string().length(10).default(''),
    taxationCountry: p.string().length(255).default(''),
    vatRegNumber: p.string().length(255).default(''),
    /** VAT percent, exact micro-units (18.5 % = 18_500_000). */
    vatPercentMicros: p.bigint('bigint').default(0),
    regPostcode: p.string().length(32).default(''),
    regCity: p.string().length(255).default(''),
    regState: p.string().length(255).default(''),
    regDirection: p.string().length(255).default(''),
    regMobile: p.string().length(32).default(''),
    regFax: p.string().length(32).default(''),
    language: p.string().length(8).default('en'),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});

export type MorUserDetailsRow = InferEntity<typeof MorUserDetails>;
