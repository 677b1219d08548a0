// The offline message store (sip_offline_messages, migration 0014) on SQLite and PostgreSQL: kept in order per user,
// handed out once even to requests racing for it, written in the seed's XOFFMESSAGE form for presence_set, and known
// to wait (the question every REGISTER asks) by every process sharing the state.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { OfflineMessages, xoffMessages } from '../../../src/domain/telephony/messages/offline-messages.ts';
import { MemoryState } from '../../../src/platform/state/memory.ts';
import { type MigratedDatabase, migratedDatabase, testEngines } from '../../support/databases.ts';

const engines = await testEngines('the offline message store tests on PostgreSQL');

describe.each(engines.map((open) => [open]))('OfflineMessages (%#)', (open) => {
  let fixture: MigratedDatabase;
  let store: OfflineMessages;
  /** The state the processes share: one in-process state stands for Redis here. */
  const state = new MemoryState();
  beforeAll(async () => {
    fixture = await migratedDatabase(open);
    store = new OfflineMessages(() => fixture.db.em(), state);
  });
  afterAll(() => fixture?.stop());

  it('keeps each user its own messages, oldest first, until marked delivered once', async () => {
    const first = await store.store('bob', 'alice', 'one');
    await store.store('carol', 'alice', 'not for bob');
    await store.store('bob', 'dave', 'two: with a colon');
    expect((await store.waitingFor('bob')).map((m) => [m.sender, m.text])).toEqual([
      ['alice', 'one'],
      ['dave', 'two: with a colon'],
    ]);
    expect(await store.markDelivered(first.id)).toBe(true);
    expect(await store.markDelivered(first.id)).toBe(false);
    expect((await store.waitingFor('bob')).map((m) => m.text)).toEqual(['two: with a colon']);
  });

  it('hands each message out to one of several requests racing for it', async () => {
    for (const text of ['a', 'b', 'c']) await store.store('erin', 'alice', text);
    const handed = await Promise.all([store.handOut('erin'), store.handOut('erin'), store.handOut('erin')]);
    expect(
      handed
        .flat()
        .map((m) => m.text)
        .sort(),
    ).toEqual(['a', 'b', 'c']);
    expect(await store.handOut('erin')).toEqual([]);
  });

  it("writes presence_set's XOFFMESSAGE form (001:L336), nothing when there are none", async () => {
    await store.store('frank', 'alice', 'hello');
    await store.store('frank', 'bob', 'hi there');
    expect(xoffMessages(await store.handOut('frank'))).toBe(
      'XOFFMESSAGE:alice:helloXOFFMESSAGE:bob:hi thereXOFFMESSAGE:',
    );
    expect(xoffMessages([])).toBe('');
  });

  it('knows who has messages waiting: those stored before it first looked, and since by any process', async () => {
    await store.store('gina', 'alice', 'before');
    const otherProcess = new OfflineMessages(() => fixture.db.em(), state);
    expect(await otherProcess.mayHaveWaiting('gina')).toBe(true);
    expect(await otherProcess.mayHaveWaiting('hank')).toBe(false);
    await store.store('hank', 'alice', 'since');
    expect(await store.mayHaveWaiting('hank')).toBe(true);
    // The other process hears of it through the shared state, a turn later.
    await vi.waitFor(async () => expect(await otherProcess.mayHaveWaiting('hank')).toBe(true));
  });

  it('forgets a recipient once all its messages are handed out, not while one still waits', async () => {
    const kept = await store.store('ivan', 'alice', 'one');
    await store.store('ivan', 'alice', 'two');
    await store.markDelivered(kept.id);
    await store.settle('ivan');
    expect(await store.mayHaveWaiting('ivan')).toBe(true);
    expect((await store.handOut('ivan')).map((m) => m.text)).toEqual(['two']);
    expect(await store.mayHaveWaiting('ivan')).toBe(false);
  });
});
