/** What the fax pages share (004:L745-L787). */
import type { FaxesListResult } from '../../../../generated/mor/types.ts';
import { deviceName, devicesOf } from '../../../domain/mor/devices.ts';
import { faxesOf } from '../../../domain/mor/faxes.ts';
import { account, displayName } from '../../../domain/mor/personal-details.ts';
import { defaultPeriod, formatDateTime, parsePeriod, type Period } from '../../../domain/mor/time.ts';
import type { MorContext } from '../context.ts';
import { allOr, LANGUAGE, LANGUAGES } from './common.ts';

interface FaxView {
  period: Period;
  status: string;
  device: string;
}

export function savedFaxes(ctx: MorContext): FaxView {
  const saved = ctx.state.faxes ?? {};
  return {
    period: parsePeriod(saved.period_start, saved.period_end, defaultPeriod(new Date())),
    status: saved.status || 'all',
    device: /^(all|\d+)$/.test(saved.device ?? '') ? saved.device! : 'all',
  };
}

export async function faxesPage(ctx: MorContext, userId: number, view: FaxView): Promise<FaxesListResult> {
  const [acct, devices, faxes] = await Promise.all([
    account(ctx.em, userId),
    devicesOf(ctx.em, userId),
    faxesOf(ctx.em, {
      userId,
      period: view.period,
      status: view.status === 'all' ? undefined : view.status,
      deviceId: allOr(view.device),
    }),
  ]);
  const names = new Map(devices.map((d) => [d.id, deviceName(d)]));
  return {
    page: {
      pagename: 'Faxes',
      language: LANGUAGE,
      error_msg: '',
      userid: userId,
      show_device: view.device,
      username: displayName(acct),
      aval_languages: { language: LANGUAGES },
      faxes: {
        period: { period_start: formatDateTime(view.period.start), period_end: formatDateTime(view.period.end) },
        fax: faxes.map((f) => ({
          device: names.get(f.deviceId) ?? '',
          filename: f.filename,
          receive_time: formatDateTime(f.receivedAt),
          sender: f.sender,
          status: f.status,
        })),
      },
    },
  };
}
