/**
 * `switchboard mor devices|groups|currencies …`: what the MOR pages show but no vendor API creates — users' devices
 * (the devices, call flow and CLI pages), destination groups (the rates and destinations pages) and the currencies
 * rates can be shown in, with their exchange rates (`user_rates?currency=EUR`). The seeds' Mizu v2 admin commands name
 * none of these (device, currency and exchange commands are absent from 001/002), so they are the operator's, here.
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { checkPassword } from '../domain/accounts/password-policy.ts';
import { createDevice, deleteDevice, deviceName, listDevices } from '../domain/mor/devices.ts';
import {
  defineCurrency,
  defineGroup,
  deleteCurrency,
  deleteGroup,
  listCurrencies,
  listGroups,
  type NewDestination,
} from '../domain/mor/rates.ts';
import { SwitchboardError } from '../platform/errors.ts';
import { amountParam, fromMicros } from '../platform/money.ts';
import { SecretBox } from '../platform/secret-box.ts';
import { User } from '../persistence/entities/user.ts';
import type { Database } from '../persistence/database.ts';
import type { Config } from '../platform/config.ts';
import { misused, onDatabase } from './database-command.ts';

export const MOR_USAGE = `  switchboard mor devices add --config FILE USERNAME TYPE EXTENSION
                [--password P] [--description TEXT] [--callerid CID]
                                        give a user a device (TYPE: SIP, IAX2, FAX, …) for the MOR devices
                                        pages; without --password one is made and printed once
  switchboard mor devices list --config FILE [USERNAME]
                                        the devices: id, user, TYPE/EXTENSION, description
  switchboard mor devices delete --config FILE EXTENSION
                                        remove a device with its CLIs and call flow (call and fax records stay)
  switchboard mor groups add --config FILE NAME FLAG PREFIX:CODE[:DETAILS]…
                                        a destination group (FLAG: its icon's stem, aust for aust.png; '' for
                                        none) and prefixes in it, each with its direction code (FIX, MOB, …)
                                        and details; a group of that name is added to
  switchboard mor groups list --config FILE     the groups and their prefixes
  switchboard mor groups delete --config FILE NAME
  switchboard mor currencies set --config FILE CODE RATE [NAME]
                                        a currency the rates pages show on demand (user_rates?currency=CODE),
                                        at RATE units of it per unit of the base currency (the base itself: 1)
  switchboard mor currencies list --config FILE
  switchboard mor currencies delete --config FILE CODE`;

const OPTIONS = {
  config: { type: 'string' },
  password: { type: 'string' },
  description: { type: 'string' },
  callerid: { type: 'string' },
} as const;

type Values = { config?: string; password?: string; description?: string; callerid?: string };
type Run = (db: Database, config: Config, args: string[], values: Values) => Promise<number>;

/** Each object's actions: how many positionals they take (least, most) and what they do. */
const ACTIONS: Record<string, Record<string, { args: [number, number]; run: Run }>> = {
  devices: {
    add: { args: [3, 3], run: addDevice },
    list: { args: [0, 1], run: printDevices },
    delete: {
      args: [1, 1],
      run: async (db, _config, [extension]) => {
        const device = await deleteDevice(db.em(), extension!);
        console.error(`device ${deviceName(device)} deleted`);
        return 0;
      },
    },
  },
  groups: {
    add: { args: [3, Number.POSITIVE_INFINITY], run: addGroup },
    list: { args: [0, 0], run: printGroups },
    delete: {
      args: [1, 1],
      run: async (db, _config, [name]) => {
        const prefixes = await deleteGroup(db.em(), name!);
        console.error(`destination group ${name} deleted with its ${prefixes} prefix(es)`);
        return 0;
      },
    },
  },
  currencies: {
    set: {
      args: [2, 3],
      run: async (db, _config, [code, rate, name]) => {
        const upper = code!.toUpperCase();
        await defineCurrency(db.em(), upper, name ?? '', amountParam(rate!, 'RATE'));
        console.error(`currency ${upper} at ${rate} per unit of the base currency`);
        return 0;
      },
    },
    list: { args: [0, 0], run: printCurrencies },
    delete: {
      args: [1, 1],
      run: async (db, _config, [code]) => {
        await deleteCurrency(db.em(), code!.toUpperCase());
        console.error(`currency ${code!.toUpperCase()} deleted`);
        return 0;
      },
    },
  },
};

/** Only devices add takes the device's options. */
const DEVICE_OPTIONS = ['password', 'description', 'callerid'] as const;

export async function runMor(args: string[]): Promise<number> {
  const [object, action, ...rest] = args;
  const actions = ACTIONS[object ?? ''];
  if (!actions) return usage(`mor: devices, groups or currencies, not ${object ?? 'nothing'}`);
  const entry = actions[action ?? ''];
  if (!entry) return usage(`mor ${object}: ${Object.keys(actions).join(', ')}, not ${action ?? 'nothing'}`);
  let values: Values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: rest, options: OPTIONS, allowPositionals: true, strict: true }));
  } catch (e) {
    return usage((e as Error).message);
  }
  const stray = DEVICE_OPTIONS.find((o) => values[o] !== undefined);
  if (stray && !(object === 'devices' && action === 'add'))
    return usage(`mor ${object} ${action}: takes no --${stray}`);
  const [least, most] = entry.args;
  if (positionals.length < least || positionals.length > most)
    return usage(`mor ${object} ${action}: ${positionals.length} argument(s) given`);
  return onDatabase(values.config, (db, config) => entry.run(db, config, positionals, values));
}

async function userIdOf(db: Database, username: string): Promise<number> {
  const user = await db.em().findOne(User, { username }, { fields: ['id'], disableIdentityMap: true });
  if (!user) throw new SwitchboardError('user-not-found', `no user ${username}`);
  return user.id;
}

async function addDevice(db: Database, config: Config, [username, type, extension]: string[], values: Values) {
  const made = values.password === undefined;
  const password = values.password ?? randomBytes(12).toString('base64url');
  // A device's SIP password is a password like the account's: the same policy.
  checkPassword(config.passwordPolicy, password, extension!);
  const device = await createDevice(db.em(), new SecretBox(config.secretKey), {
    userId: await userIdOf(db, username!),
    type: type!,
    extension: extension!,
    password,
    description: values.description,
    callerId: values.callerid,
  });
  if (made) console.log(`password ${password}`);
  console.error(`device ${deviceName(device)} (id ${device.id}) added for ${username}`);
  return 0;
}

async function printDevices(db: Database, _config: Config, [username]: string[]) {
  const devices = await listDevices(db.em(), username === undefined ? undefined : await userIdOf(db, username));
  const users = await db
    .em()
    .find(
      User,
      { id: { $in: [...new Set(devices.map((d) => d.userId))] } },
      { fields: ['id', 'username'], disableIdentityMap: true },
    );
  const names = new Map(users.map((u) => [u.id, u.username]));
  for (const d of devices)
    console.log([d.id, names.get(d.userId) ?? `#${d.userId}`, deviceName(d), d.description].join('\t'));
  console.error(`${devices.length} device(s)`);
  return 0;
}

/** "61261:FIX:Australia Canberra" → the prefix, its direction code and details (default: the group's name). */
function destination(arg: string, group: string): NewDestination {
  const [prefix = '', type = '', ...details] = arg.split(':');
  if (!prefix || !type) throw new SwitchboardError('invalid-parameter', `${arg}: PREFIX:CODE[:DETAILS], e.g. 614:MOB`);
  return { prefix, type, name: details.join(':') || group };
}

async function addGroup(db: Database, _config: Config, [name, flag, ...prefixes]: string[]) {
  const destinations = prefixes.map((p) => destination(p, name!));
  const id = await defineGroup(db.em(), name!, flag!, destinations);
  console.error(`destination group ${name} (id ${id}): ${destinations.length} prefix(es) added`);
  return 0;
}

async function printGroups(db: Database) {
  const groups = await listGroups(db.em());
  for (const g of groups) {
    console.log([g.id, g.name, g.flag].join('\t'));
    for (const p of g.prefixes) console.log(['', p.prefix, p.type, p.name].join('\t'));
  }
  console.error(`${groups.length} destination group(s)`);
  return 0;
}

async function printCurrencies(db: Database) {
  const currencies = await listCurrencies(db.em());
  for (const c of currencies) console.log([c.code, fromMicros(BigInt(c.exchangeRateMicros)), c.name].join('\t'));
  console.error(`${currencies.length} currency(ies)`);
  return 0;
}

function usage(problem: string): number {
  return misused(problem, MOR_USAGE);
}
