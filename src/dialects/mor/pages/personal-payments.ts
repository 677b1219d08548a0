/** personal_payments (GET /payments/personal_payments; 004:L365-L397): List the user's payments. */
import type { PersonalPaymentsParams, PersonalPaymentsResult } from '../../../../generated/mor/types.ts';
import { fromMicros } from '../../../platform/money.ts';
import { percent, withVat } from '../../../domain/mor/amounts.ts';
import { paymentsOf } from '../../../domain/mor/payments.ts';
import { formatDateTime } from '../../../domain/mor/time.ts';
import type { MorContext } from '../context.ts';
import { LANGUAGE, me } from '../shared/common.ts';
import { when } from '../shared/accounting.ts';

export async function personalPayments(
  _params: PersonalPaymentsParams,
  ctx: MorContext,
): Promise<PersonalPaymentsResult> {
  const user = me(ctx);
  const payments = await paymentsOf(ctx.em, user.id);
  return {
    page: {
      pagename: 'Payments',
      language: LANGUAGE,
      userid: user.id,
      payments: {
        payment: payments.map((p) => {
          const amount = BigInt(p.amountMicros);
          const vat = BigInt(p.vatPercentMicros);
          return {
            payment_date: formatDateTime(p.paidAt),
            confirmed_date: when(p.confirmedAt),
            payment_type: p.type,
            amount: fromMicros(amount),
            vat: percent(vat),
            amount_vat: fromMicros(withVat(amount, vat)),
            currency: p.currency,
            completed: p.completed ? 'Yes' : 'No',
          };
        }),
      },
    },
  };
}
