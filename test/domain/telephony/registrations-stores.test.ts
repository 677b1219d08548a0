// The registration store port, run against every adapter: in-process memory, the database (SQLite and PostgreSQL)
// and Redis. Binding, refreshing, several contacts, unbinding and expiry behave the same; "peer" is what a second
// process sees (a second connection to the same database or Redis prefix; memory has no other process).
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/persistence/database.ts';
import { RedisState } from '../../../src/platform/state/redis.ts';
import { DatabaseRegistrations } from '../../../src/domain/telephony/registrations-database.ts';
import { MemoryRegistrations } from '../../../src/domain/telephony/registrations-memory.ts';
import { RedisRegistrations } from '../../../src/domain/telephony/registrations-redis.ts';
import type { Binding, Registrations } from '../../../src/domain/telephony/registrations.ts';
import { onFreshDatabase, testEngines } from '../../support/databases.ts';
import { REDIS, REDIS_URL, redisAvailable, requireService } from '../../support/services.ts';

interface Opened {
  store: Registrations;
  peer: Registrations;
  close(): Promise<void>;
}

const engines = await testEngines('the database registration store tests on PostgreSQL');
const redisUp = requireService(REDIS, await redisAvailable(), 'the Redis registration store tests');

const backends: { name: string; enabled: boolean; open(): Promise<Opened> }[] = [
  {
    name: 'memory',
    enabled: true,
    open: async () => {
      const store = new MemoryRegistrations();
      return { store, peer: store, close: async () => {} };
    },
  },
  ...engines.map((open, i) => ({
    name: `database (${i === 0 ? 'SQLite' : 'PostgreSQL'})`,
    enabled: true,
    open: async (): Promise<Opened> => {
      const fixture = await onFreshDatabase(open, async (test, undo) => {
        const one = await openDatabase(test.url);
        undo(() => one.close());
        await one.migrate();
        const two = await openDatabase(test.url);
        undo(() => two.close());
        return { one, two };
      });
      return {
        store: new DatabaseRegistrations(() => fixture.one.em()),
        peer: new DatabaseRegistrations(() => fixture.two.em()),
        close: fixture.stop,
      };
    },
  })),
  {
    name: 'Redis',
    enabled: redisUp,
    open: async () => {
      const prefix = `switchboard-test:${randomUUID()}:`;
      const [one, two] = await Promise.all([
        RedisState.connect(REDIS_URL, { prefix }),
        RedisState.connect(REDIS_URL, { prefix }),
      ]);
      return {
        store: new RedisRegistrations(one.keyspace('sipreg')),
        peer: new RedisRegistrations(two.keyspace('sipreg')),
        close: async () => {
          await Promise.all([one.close(), two.close()]);
        },
      };
    },
  },
];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function binding(username: string, contact: string, expiresInMs: number, extra: Partial<Binding> = {}): Binding {
  const now = Date.now();
  return {
    username,
    contact,
    expiresAt: now + expiresInMs,
    userAgent: 'baresip 3.10',
    source: { transport: 'udp', address: '127.0.0.1', port: 5080 },
    callId: `call-${contact}`,
    cseq: 1,
    registeredAt: now,
    ...extra,
  };
}

describe.each(backends)('registrations in $name', (backend) => {
  describe.skipIf(!backend.enabled)('honour the store contract', () => {
    let opened: Opened;

    beforeEach(async () => {
      opened = await backend.open();
    });

    afterEach(async () => {
      await opened.close();
    });

    it('keeps several contacts per user, every field as bound, seen alike by a second process', async () => {
      const { store, peer } = opened;
      const desk = binding('alice', 'sip:alice@192.0.2.10:5060', 3_600_000, {
        source: { transport: 'tcp', address: '192.0.2.10', port: 40123 },
        cseq: 7,
      });
      const mobile = binding('alice', 'sip:alice@198.51.100.7:5062;transport=tcp', 600_000);
      const bob = binding('bob', 'sip:bob@192.0.2.20', 1_200_000);
      for (const b of [desk, mobile, bob]) await store.bind(b);

      expect(await peer.bindingsOf('alice')).toEqual([mobile, desk]);
      expect(await peer.all()).toEqual([desk, mobile, bob]);
      expect(await peer.online('alice')).toBe(true);
      expect(await peer.online('carol')).toBe(false);
      expect(await peer.bindingsOf('carol')).toEqual([]);
    });

    it('replaces the binding of the same contact on a refresh rather than adding one', async () => {
      const { store, peer } = opened;
      const first = binding('alice', 'sip:alice@192.0.2.10', 60_000);
      await store.bind(first);
      const refreshed = { ...first, expiresAt: first.expiresAt + 60_000, cseq: 2, userAgent: 'baresip 3.11' };
      await peer.bind(refreshed);
      expect(await store.bindingsOf('alice')).toEqual([refreshed]);
    });

    it('unbinds one contact or all of them, answering how many were bound', async () => {
      const { store, peer } = opened;
      for (const contact of ['sip:a@192.0.2.1', 'sip:a@192.0.2.2', 'sip:a@192.0.2.3'])
        await store.bind(binding('alice', contact, 60_000));
      await store.bind(binding('bob', 'sip:b@192.0.2.9', 60_000));

      expect(await peer.unbind('alice', 'sip:a@192.0.2.2')).toBe(1);
      expect(await peer.unbind('alice', 'sip:a@192.0.2.2')).toBe(0);
      expect((await store.bindingsOf('alice')).map((b) => b.contact)).toEqual(['sip:a@192.0.2.1', 'sip:a@192.0.2.3']);
      expect(await peer.unbind('alice')).toBe(2);
      expect(await store.online('alice')).toBe(false);
      expect(await store.unbind('alice')).toBe(0);
      expect((await store.all()).map((b) => b.username)).toEqual(['bob']);
    });

    it('forgets a binding once it expires, and keeps the user’s others', async () => {
      const { store, peer } = opened;
      const brief = binding('alice', 'sip:alice@192.0.2.10', 1000);
      const lasting = binding('alice', 'sip:alice@192.0.2.11', 60_000);
      const bobBrief = binding('bob', 'sip:bob@192.0.2.20', 1000);
      for (const b of [brief, lasting, bobBrief]) await store.bind(b);
      expect(await peer.all()).toHaveLength(3);

      await sleep(1200);
      expect(await peer.bindingsOf('alice')).toEqual([lasting]);
      expect(await peer.all()).toEqual([lasting]);
      expect(await peer.online('bob')).toBe(false);
      expect(await peer.unbind('bob')).toBe(0);
      // Bound again after expiring, a contact starts afresh.
      const again = binding('bob', 'sip:bob@192.0.2.20', 60_000);
      await store.bind(again);
      expect(await peer.bindingsOf('bob')).toEqual([again]);
    });
  });
});
