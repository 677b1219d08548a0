/** What the payments, invoices and subscriptions pages share (004:L365-L451). */
import { formatDateTime } from '../../../domain/mor/time.ts';

export const when = (d: Date | null | undefined) => (d ? formatDateTime(d) : '');
