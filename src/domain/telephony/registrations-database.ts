/**
 * Registrations in the database (table sip_bindings, migration 0013): every Switchboard process on one PostgreSQL
 * sees the same bindings. Expired rows are ignored when read and deleted when any binding is made.
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import { SipBinding, type SipBindingRow } from '../../persistence/entities/telephony/sip-binding.ts';
import {
  type Binding,
  byUserThenContact,
  type Registrations,
  type SipSource,
  soonestToExpire,
} from './registrations.ts';

export class DatabaseRegistrations implements Registrations {
  readonly #em: () => SqlEntityManager;
  readonly #now: () => number;

  constructor(em: () => SqlEntityManager, now: () => number = Date.now) {
    this.#em = em;
    this.#now = now;
  }

  async bind(b: Binding): Promise<void> {
    const em = this.#em();
    await em.upsert(SipBinding, {
      username: b.username,
      contact: b.contact,
      expiresAt: new Date(b.expiresAt),
      userAgent: b.userAgent,
      transport: b.source.transport,
      sourceAddress: b.source.address,
      sourcePort: b.source.port,
      callId: b.callId,
      cseq: b.cseq,
      registeredAt: new Date(b.registeredAt),
    });
    // Phones that went away without unregistering leave rows behind: each binding made clears the expired ones.
    await em.nativeDelete(SipBinding, { expiresAt: { $lte: new Date(this.#now()) } });
  }

  async unbind(username: string, contact?: string): Promise<number> {
    const live = { username, expiresAt: { $gt: new Date(this.#now()) } };
    const em = this.#em();
    const n = await em.count(SipBinding, contact === undefined ? live : { ...live, contact });
    await em.nativeDelete(SipBinding, contact === undefined ? { username } : { username, contact });
    return n;
  }

  async bindingsOf(username: string): Promise<Binding[]> {
    const rows = await this.#em().find(
      SipBinding,
      { username, expiresAt: { $gt: new Date(this.#now()) } },
      { disableIdentityMap: true },
    );
    return rows.map(asBinding).sort(soonestToExpire);
  }

  async all(): Promise<Binding[]> {
    const rows = await this.#em().find(
      SipBinding,
      { expiresAt: { $gt: new Date(this.#now()) } },
      { disableIdentityMap: true },
    );
    // Sorted here, not by the database: the engines collate text differently.
    return rows.map(asBinding).sort(byUserThenContact);
  }

  async online(username: string): Promise<boolean> {
    return (await this.#em().count(SipBinding, { username, expiresAt: { $gt: new Date(this.#now()) } })) > 0;
  }
}

function asBinding(row: SipBindingRow): Binding {
  return {
    username: row.username,
    contact: row.contact,
    expiresAt: row.expiresAt.getTime(),
    userAgent: row.userAgent,
    source: { transport: row.transport as SipSource['transport'], address: row.sourceAddress, port: row.sourcePort },
    callId: row.callId,
    cseq: row.cseq,
    registeredAt: row.registeredAt.getTime(),
  };
}
