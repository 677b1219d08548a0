/**
 * localuser (003:L139-L264): the local user is the account every dialect shares — a tb_users row of type enduser —
 * with its miniSIPServer-only settings in a side row (minisip_localusers) keyed by the user id. A Mizu user without
 * that row answers the defaults; a local user added here is a Mizu user too.
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import type * as T from '../../../../generated/minisip/types.ts';
import type { Actor, UserSettings } from '../../../domain/accounts/accounts.ts';
import type { CachedUser } from '../../../domain/accounts/user-cache.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import { User, type UserRow } from '../../../persistence/entities/user.ts';
import {
  LOCAL_USER_TYPE,
  MinisipExtLine,
  MinisipHuntOperator,
  MinisipLocalUser,
} from '../../../persistence/entities/minisip/index.ts';
import type { MinisipContext } from '../context.ts';
import { checkReferences, PAGE_SIZE, type RecordKind } from '../shared/records.ts';
import { MASK } from '../shared/secrets.ts';
import { pick, sentFields, type FieldValue } from '../shared/sent.ts';

type Settings = Omit<T.LocaluserQueryResult, 'usrname' | 'usrpwd' | 'userAgent' | keyof typeof ACCOUNT_COLUMNS>;

/** Fields that are columns of the shared account, so Mizu's setfield/callforward and this API see the same values. */
const ACCOUNT_COLUMNS = {
  dispname: 'displayname',
  email: 'email',
  cfunbr: 'forwardalways',
  cfbnbr: 'forwardonbusy',
  cfnanbr: 'forwardonnoanswer',
  cfnatmr: 'noanswertimeout',
  right_vms: 'voicemail',
} as const satisfies Partial<Record<keyof T.LocaluserQueryResult, keyof UserRow>>;

/**
 * Every field in the seed's order (003:L188-L236), with a new user's value ("default" is the dial plan calls start in).
 */
const FIELDS = {
  usrname: '',
  usrpwd: '',
  description: '',
  right_ipauth: 0,
  addr: '',
  port: 0,
  state: 0,
  right_aa: 0,
  right_rg: 0,
  right_sup_rg: 0,
  ringgrpid: 0,
  right_pickup: 0,
  pickupgrpid: 0,
  right_park: 0,
  right_retrieve: 0,
  right_cw: 0,
  fmtype: 0,
  fminterval: 0,
  fmdesta: '',
  fmdestb: '',
  fmdestc: '',
  enddate: 0,
  dialPlan: 'default',
  dispname: '',
  specextline: '',
  maxdura: 0,
  maxcall: 0,
  momaxcall: 0,
  calllevel: 0,
  right_cfu: 0,
  cfunbr: '',
  right_cfnc: 0,
  cfncnbr: '',
  right_cfb: 0,
  cfbnbr: '',
  right_cfna: 0,
  cfnanbr: '',
  cfnatmr: 0,
  right_vms: 0,
  vmannid: 0,
  email: '',
  right_prepaid: 0,
  right_subpre: 0,
  presgrpid: 0,
  right_clrid: 0,
  right_moh: 0,
  right_relay: 0,
  right_oli: 0,
  right_tli: 0,
  tcID: 0,
} satisfies Record<Exclude<keyof T.LocaluserQueryResult, 'userAgent'>, FieldValue>;

/** The side row's fields. */
const SETTINGS = Object.fromEntries(
  Object.entries(FIELDS).filter(([f]) => f !== 'usrname' && f !== 'usrpwd' && !(f in ACCOUNT_COLUMNS)),
) as Record<keyof Settings, FieldValue>;
const ACCOUNT_DEFAULTS = Object.fromEntries(
  Object.keys(ACCOUNT_COLUMNS).map((f) => [f, FIELDS[f as keyof typeof FIELDS]]),
) as Record<keyof typeof ACCOUNT_COLUMNS, FieldValue>;

const SPECEXTLINE: Pick<RecordKind, 'references'> = {
  references: [{ field: 'specextline', what: 'external line', entity: MinisipExtLine, column: 'extLine' }],
};

export async function localuserList(
  params: T.LocaluserListParams,
  ctx: MinisipContext,
): Promise<T.LocaluserListResult> {
  const users = await ctx.em.find(
    User,
    { type: LOCAL_USER_TYPE },
    { orderBy: { username: 'asc' }, limit: PAGE_SIZE, offset: params.pageIndex * PAGE_SIZE },
  );
  const settings = await settingsOf(
    ctx.em,
    users.map((u) => u.id),
  );
  const rows = [];
  for (const u of users) {
    const registered = await registrationOf(ctx, u.username);
    rows.push({
      usrname: u.username,
      description: settings.get(u.id)?.description ?? '',
      dispname: u.displayname,
      // The registration fields clients read (wpfsean/CCCC ChatListFragment.java).
      addr: registered?.addr ?? settings.get(u.id)?.addr ?? '',
      state: registered?.state ?? settings.get(u.id)?.state ?? NOT_REGISTERED,
      userAgent: registered?.userAgent ?? '',
    });
  }
  return { rows };
}

const NOT_REGISTERED = 0;
const REGISTERED = 1;

/** While the user is registered: the newest contact's source address and port, state 1 and its user agent. */
async function registrationOf(
  ctx: MinisipContext,
  usrname: string,
): Promise<{ addr: string; port: number; state: number; userAgent: string } | undefined> {
  const bindings = await ctx.services.registrations.bindingsOf(usrname);
  const newest = bindings.at(-1);
  if (!newest) return undefined;
  return { addr: newest.source.address, port: newest.source.port, state: REGISTERED, userAgent: newest.userAgent };
}

/**
 * Query answers kept per cached user, so a known user's query reads no table: the user cache makes a new entry after
 * any write to the account, and set and delete here invalidate it after writing the side row too.
 */
const answers = new WeakMap<CachedUser, T.LocaluserQueryResult>();

export async function localuserQuery(
  params: T.LocaluserQueryParams,
  ctx: MinisipContext,
): Promise<T.LocaluserQueryResult> {
  const cached = await ctx.services.accounts.cache.byUsername(params.usrname, () => ctx.em);
  if (!cached || cached.type !== LOCAL_USER_TYPE) throw noLocalUser(params.usrname);
  let answer = answers.get(cached);
  if (!answer) answers.set(cached, (answer = await readAnswer(ctx.em, params.usrname)));
  // The registration changes without a write to the account: read at every query, over the kept answer.
  const registered = await registrationOf(ctx, cached.username);
  return registered ? { ...answer, ...registered } : answer;
}

async function readAnswer(em: SqlEntityManager, usrname: string): Promise<T.LocaluserQueryResult> {
  const user = await findLocalUser(em, usrname);
  const settings = (await settingsOf(em, [user.id])).get(user.id);
  const values: Record<string, unknown> = {
    ...SETTINGS,
    ...(settings ? pick(settings, Object.keys(SETTINGS)) : {}),
    usrname: user.username,
    usrpwd: MASK,
  };
  for (const [field, column] of Object.entries(ACCOUNT_COLUMNS)) values[field] = user[column];
  // userAgent is the registration's, not stored: empty here, the registration's in localuserQuery.
  return Object.freeze({
    ...Object.fromEntries(Object.keys(FIELDS).map((f) => [f, values[f]])),
    userAgent: '',
  }) as unknown as T.LocaluserQueryResult;
}

export async function localuserDelete(
  params: T.LocaluserDeleteParams,
  ctx: MinisipContext,
): Promise<T.LocaluserDeleteResult> {
  const user = await findLocalUser(ctx.em, params.usrname);
  await ctx.em.transactional(async (tx) => {
    await tx.nativeDelete(MinisipLocalUser, { userId: user.id });
    await tx.nativeDelete(MinisipHuntOperator, { oper: user.username });
    await ctx.services.accounts.remove(tx, user.id, actor(ctx));
  });
  await ctx.services.accounts.cache.invalidate(user.id);
  await ctx.services.routing.invalidate();
  return { message: `local user ${user.username} deleted` };
}

/** What one set asks to change, split by where it is stored. */
interface Change {
  usrname: string;
  password?: string;
  columns: Record<string, FieldValue>;
  settings: Record<string, FieldValue>;
}

/** Upsert by usrname: a new local user is a new account (usrpwd required); fields not sent keep their value. */
export async function localuserSet(params: T.LocaluserSetParams, ctx: MinisipContext): Promise<T.LocaluserSetResult> {
  const raw = params as unknown as Record<string, unknown>;
  const account = sentFields(ACCOUNT_DEFAULTS, raw, ctx.raw);
  const change: Change = {
    usrname: params.usrname,
    password: sentFields({ usrpwd: '' }, raw, ctx.raw).usrpwd as string | undefined,
    columns: Object.fromEntries(
      Object.entries(account).map(([field, value]) => [ACCOUNT_COLUMNS[field as keyof typeof ACCOUNT_COLUMNS], value]),
    ),
    settings: sentFields(SETTINGS, raw, ctx.raw),
  };
  const { userId, added } = await ctx.em.transactional(async (tx) => {
    await checkReferences(tx, SPECEXTLINE, change.settings, Object.keys(change.settings));
    const existing = await tx.findOne(User, { username: params.usrname }, { fields: ['id', 'type'] });
    if (!existing) return { userId: await addLocalUser(tx, change, ctx), added: true };
    if (existing.type !== LOCAL_USER_TYPE)
      throw new SwitchboardError(
        'invalid-parameter',
        `usrname ${params.usrname} is a ${existing.type} account, not a local user`,
      );
    await updateLocalUser(tx, existing.id, change, ctx);
    return { userId: existing.id, added: false };
  });
  await ctx.services.accounts.cache.invalidate(userId);
  await ctx.services.routing.invalidate();
  return { message: `local user ${params.usrname} ${added ? 'added' : 'updated'}` };
}

async function addLocalUser(tx: SqlEntityManager, change: Change, ctx: MinisipContext): Promise<number> {
  if (!change.password || change.password === MASK)
    throw new SwitchboardError(
      'missing-parameter',
      `missing parameter: usrpwd is required to add local user ${change.usrname}`,
    );
  // create() sets email itself, after the other columns: it goes as its own field.
  const { email, ...columns } = change.columns;
  const created = await ctx.services.accounts.create(
    tx,
    {
      username: change.usrname,
      password: change.password,
      type: LOCAL_USER_TYPE,
      email: email === undefined ? undefined : String(email),
      settings: columns as UserSettings,
      alongside: async (inner, id) => addSettings(inner, id, change.settings),
    },
    actor(ctx),
  );
  return created.id;
}

async function updateLocalUser(
  tx: SqlEntityManager,
  userId: number,
  change: Change,
  ctx: MinisipContext,
): Promise<void> {
  if (Object.keys(change.columns).length) {
    await ctx.services.accounts.update(tx, userId, change.columns, {
      ...actor(ctx),
      action: 'user.update',
      detail: JSON.stringify(Object.keys(change.columns)),
    });
  }
  // The mask a query answered means "unchanged".
  if (change.password !== undefined && change.password !== MASK) {
    if (change.password === '') throw new SwitchboardError('invalid-parameter', 'usrpwd may not be empty');
    await ctx.services.accounts.setPassword(tx, userId, change.password, actor(ctx));
  }
  if (Object.keys(change.settings).length === 0) return;
  const row = await tx.findOne(MinisipLocalUser, { userId });
  if (row) tx.assign(row, change.settings);
  else addSettings(tx, userId, change.settings);
}

/**
 * The side row of a user that has none yet: the defaults, with the fields sent (validated against the same spec types).
 */
function addSettings(em: SqlEntityManager, userId: number, settings: Record<string, FieldValue>): void {
  em.create(MinisipLocalUser, { ...SETTINGS, ...settings, userId } as Settings & { userId: number });
}

async function findLocalUser(em: SqlEntityManager, usrname: string): Promise<UserRow> {
  const user = await em.findOne(User, { username: usrname, type: LOCAL_USER_TYPE });
  if (!user) throw noLocalUser(usrname);
  return user;
}

function noLocalUser(usrname: string): SwitchboardError {
  return new SwitchboardError('not-found', `no local user ${usrname}`);
}

async function settingsOf(em: SqlEntityManager, ids: number[]) {
  const rows = ids.length ? await em.find(MinisipLocalUser, { userId: { $in: ids } }) : [];
  return new Map(rows.map((r) => [r.userId, r]));
}

function actor(ctx: MinisipContext): Actor {
  return { name: 'minisip', requestId: ctx.requestId };
}
