/**
 * sysinfo (003:L73-L136): the server-wide settings, kept in the global config table under their field names; admpwd
 * is the syskey, minisip.syskey of the configuration file. Passwords are answered masked; update writes only the
 * fields sent, all of them or none.
 */
import type {
  SysinfoQueryParams,
  SysinfoQueryResult,
  SysinfoUpdateParams,
  SysinfoUpdateResult,
} from '../../../../generated/minisip/types.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import { canonicalOption } from '../../../domain/settings/global-options.ts';
import { GlobalOption } from '../../../persistence/entities/global-option.ts';
import type { MinisipContext } from '../context.ts';
import type { Services } from '../../../domain/services.ts';
import { MASK, masked } from '../shared/secrets.ts';
import { sentFields } from '../shared/sent.ts';

type Field = Exclude<keyof SysinfoQueryResult, 'admpwd'>;
type Value = string | number | boolean;

/**
 * The value of a field never set: the vendor's out-group prefix 9, the ports this server was started with, else empty.
 */
function defaults(s: Services, port: number): Record<Field, Value> {
  return {
    ogpfx: '9',
    rtpport: 20000,
    httpport: s.config.listen.port || port,
    evtChannelPort: 0,
    srfannlang: 0,
    sipaddr: '',
    sipaddr6: '',
    publicaddr: '',
    sipport: s.config.sip.port,
    tcpport: s.config.sip.port,
    tlsport: 0,
    realm: '',
    dbaddr: '',
    dbport: 0,
    dbname: '',
    dbusr: '',
    dbpwd: '',
    smtpserv: '',
    smtpusr: '',
    smtppwd: '',
    smtptls: false,
    cdrcallerusr: false,
    cdrcalledusr: false,
    cdrcallerextline: false,
    cdrcalledextline: false,
    cdrfailcall: false,
    cdrshow: false,
    cdroutput: false,
    stunaddr1: '',
    stunport1: 0,
    stunaddr2: '',
    stunport2: 0,
  };
}

const SECRETS = new Set<Field>(['dbpwd', 'smtppwd']);

export function sysinfoQuery(_params: SysinfoQueryParams, ctx: MinisipContext): SysinfoQueryResult {
  const { options, config } = ctx.services;
  const fields = Object.entries(defaults(ctx.services, ctx.port)).map(([field, fallback]) => {
    const stored = options.get(field);
    const value =
      stored === undefined || stored === ''
        ? fallback
        : typeof fallback === 'boolean'
          ? options.bool(field, fallback)
          : typeof fallback === 'number'
            ? options.int(field, fallback)
            : stored;
    return [field, SECRETS.has(field as Field) ? masked(String(value)) : value];
  });
  return { admpwd: masked(config.minisip.syskey ?? ''), ...Object.fromEntries(fields) } as SysinfoQueryResult;
}

export async function sysinfoUpdate(params: SysinfoUpdateParams, ctx: MinisipContext): Promise<SysinfoUpdateResult> {
  const raw = params as unknown as Record<string, unknown>;
  const admpwd = sentFields({ admpwd: '' }, raw, ctx.raw).admpwd;
  if (admpwd !== undefined && admpwd !== MASK && admpwd !== ctx.services.config.minisip.syskey) {
    throw new SwitchboardError(
      'invalid-parameter',
      'admpwd is the syskey, minisip.syskey in the server configuration file: change it there and restart',
    );
  }
  const given: [string, string][] = [];
  for (const field of Object.keys(defaults(ctx.services, ctx.port))) {
    if (ctx.raw[field] === undefined || ctx.raw[field] === null) continue;
    const value = raw[field];
    // A password sent back masked, as query answered it, stays as it is.
    if (SECRETS.has(field as Field) && value === MASK) continue;
    // Sent empty: stored empty, so the field answers its default again.
    given.push([field, value === undefined ? '' : typeof value === 'boolean' ? (value ? '1' : '0') : String(value)]);
  }
  await ctx.em.transactional(async (tx) => {
    for (const [field, value] of given)
      await tx.upsert(GlobalOption, { name: canonicalOption(field), value, updatedAt: new Date() });
  });
  await ctx.services.options.load(ctx.em);
  return { message: given.length ? `updated ${given.map(([f]) => f).join(', ')}` : 'nothing to update' };
}
