/**
 * Accounts: creating users (every vendor type), changing and deleting them, reading their clear password for the MD5
 * schemes, keeping the admin from the config. Every write leaves an audit row and invalidates the user cache.
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import { AuditEntry } from '../../persistence/entities/audit-entry.ts';
import { User, USER_TYPES, type UserRow, type UserType } from '../../persistence/entities/user.ts';
import { addPaidCredit } from '../billing/payments.ts';
import { isUniqueViolation } from '../../persistence/unique-violation.ts';
import { DEFAULT_PASSWORD_POLICY } from '../../platform/config.ts';
import { SwitchboardError } from '../../platform/errors.ts';
import { secretsEqual, type SecretBox } from '../../platform/secret-box.ts';
import { checkPassword, type PasswordPolicy } from './password-policy.ts';
import { releaseNumbers } from './phone-numbers.ts';
import type { CachedUser, UserCache } from './user-cache.ts';
import { UserPins } from './user-pins.ts';

/** The columns a caller may set besides the named ones (vendor settings, server fields, deviceid, …). */
export type UserSettings = Partial<
  Omit<UserRow, 'id' | 'username' | 'passwordSealed' | 'creditMicros' | 'createdAt' | 'updatedAt'>
>;

export interface NewUser {
  username: string;
  password: string;
  type?: UserType;
  name?: string;
  email?: string;
  phone?: string;
  country?: string;
  address?: string;
  currency?: string;
  creditMicros?: bigint;
  pin?: string;
  settings?: UserSettings;
  /**
   * Runs in the creating transaction once the row exists (e.g. claiming a pool number); throwing undoes the creation.
   */
  alongside?: (tx: SqlEntityManager, userId: number) => Promise<void>;
}

export interface Actor {
  name: string;
  requestId: string;
}

/** What a username may hold. */
export const USERNAME = /^[A-Za-z0-9_.@+-]{1,64}$/;

export class Accounts {
  readonly cache: UserCache;
  readonly pins: UserPins;
  readonly #box: SecretBox;
  readonly #opened = new WeakMap<object, string>();
  /** Read at each use: the config object a running server reads (its passwordPolicy key). */
  readonly #passwords: { passwordPolicy: PasswordPolicy };

  constructor(
    cache: UserCache,
    box: SecretBox,
    pinMinLength?: number,
    passwords: { passwordPolicy: PasswordPolicy } = { passwordPolicy: DEFAULT_PASSWORD_POLICY },
  ) {
    this.cache = cache;
    this.#box = box;
    this.pins = new UserPins(box, pinMinLength);
    this.#passwords = passwords;
  }

  /** The password policy every password set goes through (create, setPassword, the user import). */
  get passwordPolicy(): PasswordPolicy {
    return this.#passwords.passwordPolicy;
  }

  /**
   * The clear password the MD5 schemes need. Opened once per cached user: the process holds the key that seals
   * them, so keeping the opened value beside the cached user exposes nothing more, and saves a decryption a request.
   */
  clearPassword(user: Pick<CachedUser, 'passwordSealed'>): string {
    let clear = this.#opened.get(user);
    if (clear === undefined) {
      clear = this.#box.open(user.passwordSealed);
      this.#opened.set(user, clear);
    }
    return clear;
  }

  passwordMatches(user: Pick<CachedUser, 'passwordSealed'>, password: string): boolean {
    return secretsEqual(password, this.clearPassword(user));
  }

  /** Creates the user, its starting credit through the ledger, and the audit row, in one transaction. */
  async create(em: SqlEntityManager, input: NewUser, actor: Actor): Promise<{ id: number; username: string }> {
    if (!USERNAME.test(input.username))
      throw new SwitchboardError(
        'invalid-parameter',
        'username may hold only letters, digits and _ . @ + - (at most 64)',
      );
    if (input.type && !USER_TYPES.includes(input.type))
      throw new SwitchboardError('invalid-parameter', `unknown user type ${input.type}`);
    checkPassword(this.passwordPolicy, input.password, input.username);
    const pin = input.pin ? this.pins.toStore(input.pin) : null;
    return uniqueAsDuplicate(() =>
      em.transactional(async (tx) => {
        if (await tx.count(User, { username: input.username }))
          throw new SwitchboardError('duplicate', `username ${input.username} is taken`);
        if (pin && (await tx.count(User, { pin }))) throw new SwitchboardError('duplicate', 'that PIN is taken');
        const user = tx.create(User, {
          ...input.settings,
          username: input.username,
          passwordSealed: this.#box.seal(input.password),
          type: input.type ?? 'enduser',
          name: input.name ?? '',
          email: input.email ?? '',
          phone: input.phone ?? '',
          country: input.country ?? '',
          address: input.address ?? '',
          currency: (input.currency ?? 'USD').toUpperCase(),
          pin,
        } as never) as UserRow;
        tx.create(AuditEntry, {
          actor: actor.name,
          action: 'user.create',
          target: input.username,
          requestId: actor.requestId,
          detail: JSON.stringify({ type: input.type ?? 'enduser' }),
        });
        await tx.flush();
        await input.alongside?.(tx, user.id);
        if (input.creditMicros && input.creditMicros !== 0n) {
          // Starting credit is paid credit: the MOR payments page lists it.
          await addPaidCredit(
            tx,
            {
              userId: user.id,
              amountMicros: input.creditMicros,
              reason: 'initial credit',
              actor: actor.name,
              requestId: actor.requestId,
            },
            { currency: user.currency, type: 'Manual' },
          );
        }
        return { id: user.id, username: user.username };
      }),
    );
  }

  /**
   * Writes columns of one user (by property name). With onlyIfEmpty, only while that column is still empty, so two
   * requests racing to set a set-once field cannot both win. Answers whether the row was changed.
   */
  async update(
    em: SqlEntityManager,
    userId: number,
    values: Record<string, unknown>,
    actor: Actor & { action: string; detail?: string },
    onlyIfEmpty?: string,
  ): Promise<boolean> {
    const where = onlyIfEmpty ? { id: userId, $or: [{ [onlyIfEmpty]: '' }, { [onlyIfEmpty]: null }] } : { id: userId };
    const changed = await uniqueAsDuplicate(() =>
      em.transactional(async (tx) => {
        const count = await tx.nativeUpdate(User, where as never, { ...values, updatedAt: new Date() } as never);
        if (count) {
          tx.create(AuditEntry, {
            actor: actor.name,
            action: actor.action,
            target: String(userId),
            requestId: actor.requestId,
            detail: actor.detail ?? '',
          });
          await tx.flush();
        }
        return count > 0;
      }),
    );
    await this.cache.invalidate(userId);
    return changed;
  }

  async setPassword(em: SqlEntityManager, userId: number, password: string, actor: Actor): Promise<void> {
    const user = await em.findOne(User, { id: userId }, { fields: ['username'], disableIdentityMap: true });
    if (!user) throw new SwitchboardError('user-not-found', 'user not found');
    checkPassword(this.passwordPolicy, password, user.username);
    const changed = await this.update(
      em,
      userId,
      { passwordSealed: this.#box.seal(password) },
      { ...actor, action: 'user.password' },
    );
    if (!changed) throw new SwitchboardError('user-not-found', 'user not found');
  }

  /** Sets the user's PIN (its digest: the PIN itself is never stored), or with '' clears it. */
  async setPin(em: SqlEntityManager, userId: number, pin: string, actor: Actor): Promise<void> {
    const stored = pin === '' ? null : this.pins.toStore(pin);
    if (stored && (await em.count(User, { pin: stored, id: { $ne: userId } })))
      throw new SwitchboardError('duplicate', 'that PIN is taken');
    const changed = await this.update(em, userId, { pin: stored }, { ...actor, action: 'user.pin', detail: '***' });
    if (!changed) throw new SwitchboardError('user-not-found', `no user with id ${userId}`);
  }

  /**
   * Deletes the user: its pool numbers go back to the pool, its own numbers go, its sub-users lose their owner. The
   * ledger keeps its rows.
   */
  async remove(em: SqlEntityManager, userId: number, actor: Actor): Promise<string> {
    const username = await em.transactional(async (tx) => {
      const user = await tx.findOne(User, { id: userId }, { fields: ['id', 'username'] });
      if (!user) throw new SwitchboardError('user-not-found', `no user with id ${userId}`);
      await releaseNumbers(tx, userId);
      await tx.nativeUpdate(User, { parentId: userId }, { parentId: null });
      await tx.nativeDelete(User, { id: userId });
      tx.create(AuditEntry, {
        actor: actor.name,
        action: 'user.delete',
        target: user.username,
        requestId: actor.requestId,
        detail: JSON.stringify({ id: userId }),
      });
      await tx.flush();
      return user.username;
    });
    await this.cache.invalidate(userId);
    return username;
  }

  /** The admin named in the config: created, or its password and type brought in line, at every start. */
  async ensureAdmin(
    em: SqlEntityManager,
    username: string,
    password: string,
  ): Promise<'created' | 'updated' | 'unchanged'> {
    const existing = await em.findOne(User, { username });
    if (!existing) {
      await this.create(em, { username, password, type: 'admin' }, { name: 'config', requestId: 'start' });
      return 'created';
    }
    if (existing.type === 'admin' && this.#box.open(existing.passwordSealed) === password && existing.enabled)
      return 'unchanged';
    existing.type = 'admin';
    existing.enabled = true;
    existing.passwordSealed = this.#box.seal(password);
    em.create(AuditEntry, { actor: 'config', action: 'user.admin-from-config', target: username, requestId: 'start' });
    await em.flush();
    await this.cache.invalidate(existing.id);
    return 'updated';
  }
}

/** Two requests racing past a uniqueness check meet the unique index: the loser is told plainly. */
async function uniqueAsDuplicate<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (!(e instanceof SwitchboardError) && isUniqueViolation(e)) {
      const field = /pin/i.test((e as Error).message)
        ? 'PIN'
        : /username/i.test((e as Error).message)
          ? 'username'
          : 'value';
      throw new SwitchboardError('duplicate', `that ${field} is taken`);
    }
    throw e;
  }
}
