/** Accounts: creating users (every vendor type), reading their clear password for the MD5 schemes, keeping the admin from the config. */
import type { SqlEntityManager } from '@mikro-orm/sql';
import { AuditEntry } from '../../persistence/entities/audit-entry.ts';
import { User, USER_TYPES, type UserType } from '../../persistence/entities/user.ts';
import { changeCredit } from '../billing/credit-ledger.ts';
import { SwitchboardError } from '../errors.ts';
import type { SecretBox } from '../security/secret-box.ts';
import type { CachedUser, UserCache } from './user-cache.ts';

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
}

export interface Actor { name: string; requestId: string }

const USERNAME = /^[A-Za-z0-9_.@+-]{1,64}$/;

export class Accounts {
  readonly cache: UserCache;
  readonly #box: SecretBox;

  constructor(cache: UserCache, box: SecretBox) {
    this.cache = cache;
    this.#box = box;
  }

  clearPassword(user: Pick<CachedUser, 'passwordSealed'>): string {
    return this.#box.open(user.passwordSealed);
  }

  /** Creates the user, its starting credit through the ledger, and the audit row, in one transaction. */
  async create(em: SqlEntityManager, input: NewUser, actor: Actor): Promise<{ id: number; username: string }> {
    if (!USERNAME.test(input.username)) throw new SwitchboardError('invalid-parameter', 'username may hold only letters, digits and _ . @ + - (at most 64)');
    if (input.type && !USER_TYPES.includes(input.type)) throw new SwitchboardError('invalid-parameter', `unknown user type ${input.type}`);
    const created = await em.transactional(async (tx) => {
      if (await tx.count(User, { username: input.username })) throw new SwitchboardError('duplicate', `username ${input.username} is taken`);
      if (input.pin && await tx.count(User, { pin: input.pin })) throw new SwitchboardError('duplicate', 'that PIN is taken');
      const user = tx.create(User, {
        username: input.username, passwordSealed: this.#box.seal(input.password), type: input.type ?? 'enduser',
        name: input.name ?? '', email: input.email ?? '', phone: input.phone ?? '', country: input.country ?? '',
        address: input.address ?? '', currency: (input.currency ?? 'USD').toUpperCase(), pin: input.pin ?? null,
      });
      tx.create(AuditEntry, { actor: actor.name, action: 'user.create', target: input.username, requestId: actor.requestId, detail: JSON.stringify({ type: input.type ?? 'enduser' }) });
      await tx.flush();
      if (input.creditMicros && input.creditMicros !== 0n) {
        await changeCredit(tx, { userId: user.id, amountMicros: input.creditMicros, reason: 'initial credit', actor: actor.name, requestId: actor.requestId });
      }
      return { id: user.id, username: user.username };
    });
    return created;
  }

  /** The admin named in the config: created, or its password and type brought in line, at every start. */
  async ensureAdmin(em: SqlEntityManager, username: string, password: string): Promise<'created' | 'updated' | 'unchanged'> {
    const existing = await em.findOne(User, { username });
    if (!existing) {
      await this.create(em, { username, password, type: 'admin' }, { name: 'config', requestId: 'start' });
      return 'created';
    }
    if (existing.type === 'admin' && this.#box.open(existing.passwordSealed) === password && existing.enabled) return 'unchanged';
    existing.type = 'admin';
    existing.enabled = true;
    existing.passwordSealed = this.#box.seal(password);
    em.create(AuditEntry, { actor: 'config', action: 'user.admin-from-config', target: username, requestId: 'start' });
    await em.flush();
    await this.cache.invalidate(existing.id);
    return 'updated';
  }
}
