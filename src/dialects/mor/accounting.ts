/** Payments, invoices and subscriptions (004:L365-L451). */
import type {
  PersonalPaymentsParams, PersonalPaymentsResult, UserInvoicesParams, UserInvoicesResult, UserSubscriptionsParams, UserSubscriptionsResult,
} from '../../../generated/mor/types.ts';
import { fromMicros } from '../../platform/money.ts';
import { money, percent, withVat } from '../../domain/mor/amounts.ts';
import { invoicesOf } from '../../domain/mor/invoices.ts';
import { paymentsOf } from '../../domain/mor/payments.ts';
import { subscriptionsOf } from '../../domain/mor/subscriptions.ts';
import { formatDateTime } from '../../domain/mor/time.ts';
import type { MorContext } from './context.ts';
import { LANGUAGE, me } from './common.ts';

const when = (d: Date | null | undefined) => (d ? formatDateTime(d) : '');

export async function personalPayments(_params: PersonalPaymentsParams, ctx: MorContext): Promise<PersonalPaymentsResult> {
  const user = me(ctx);
  const payments = await paymentsOf(ctx.em, user.id);
  return {
    page: {
      pagename: 'Payments', language: LANGUAGE, userid: user.id,
      payments: {
        payment: payments.map((p) => {
          const amount = BigInt(p.amountMicros);
          const vat = BigInt(p.vatPercentMicros);
          return {
            payment_date: formatDateTime(p.paidAt), confirmed_date: when(p.confirmedAt), payment_type: p.type, amount: fromMicros(amount),
            vat: percent(vat), amount_vat: fromMicros(withVat(amount, vat)), currency: p.currency, completed: p.completed ? 'Yes' : 'No',
          };
        }),
      },
    },
  };
}

export async function userInvoices(_params: UserInvoicesParams, ctx: MorContext): Promise<UserInvoicesResult> {
  const user = me(ctx);
  const invoices = await invoicesOf(ctx.em, user.id);
  return {
    page: {
      pagename: 'Invoices', language: LANGUAGE, userid: user.id,
      invoices: {
        invoice: invoices.map((i) => {
          const price = BigInt(i.priceMicros);
          const vat = BigInt(i.vatPercentMicros);
          return {
            user: user.username, inv_number: i.number, period_start: formatDateTime(i.periodStart), period_end: formatDateTime(i.periodEnd),
            issue_date: formatDateTime(i.issuedAt), paid: i.paid ? 'Yes' : 'No', paid_date: when(i.paidAt), price: fromMicros(price),
            vat: percent(vat), price_vat: fromMicros(withVat(price, vat)),
          };
        }),
      },
    },
  };
}

export async function userSubscriptions(_params: UserSubscriptionsParams, ctx: MorContext): Promise<UserSubscriptionsResult> {
  const user = me(ctx);
  const subscriptions = await subscriptionsOf(ctx.em, user.id);
  return {
    page: {
      pagename: 'User subscriptions', language: LANGUAGE, userid: user.id,
      subscriptions: {
        subscription: subscriptions.map((s) => ({
          service: s.service, date_added: formatDateTime(s.addedAt), acivation_start: formatDateTime(s.activationStart),
          acivation_end: when(s.activationEnd), price: money(BigInt(s.priceMicros), s.currency),
        })),
      },
    },
  };
}
