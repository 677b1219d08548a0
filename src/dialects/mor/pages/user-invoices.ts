/** user_invoices (GET /accounting/user_invoices; 004:L398-L423): List the user's invoices. */
import type { UserInvoicesParams, UserInvoicesResult } from '../../../../generated/mor/types.ts';
import { fromMicros } from '../../../platform/money.ts';
import { percent, withVat } from '../../../domain/mor/amounts.ts';
import { invoicesOf } from '../../../domain/mor/invoices.ts';
import { formatDateTime } from '../../../domain/mor/time.ts';
import type { MorContext } from '../context.ts';
import { LANGUAGE, me } from '../shared/common.ts';
import { when } from '../shared/accounting.ts';

export async function userInvoices(_params: UserInvoicesParams, ctx: MorContext): Promise<UserInvoicesResult> {
  const user = me(ctx);
  const invoices = await invoicesOf(ctx.em, user.id);
  return {
    page: {
      pagename: 'Invoices',
      language: LANGUAGE,
      userid: user.id,
      invoices: {
        invoice: invoices.map((i) => {
          const price = BigInt(i.priceMicros);
          const vat = BigInt(i.vatPercentMicros);
          return {
            user: user.username,
            inv_number: i.number,
            period_start: formatDateTime(i.periodStart),
            period_end: formatDateTime(i.periodEnd),
            issue_date: formatDateTime(i.issuedAt),
            paid: i.paid ? 'Yes' : 'No',
            paid_date: when(i.paidAt),
            price: fromMicros(price),
            vat: percent(vat),
            price_vat: fromMicros(withVat(price, vat)),
          };
        }),
      },
    },
  };
}
