// The offline message store (sip_offline_messages, migration 0014) on SQLite and PostgreSQL: kept in order per user,
// handed out once even to requests racing for it, and written in the seed's XOFFMESSAGE form for presence_set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OfflineMessages, xoffMessages } from '../../../src/domain/telephony/messages/offline-messages.ts';
import { type MigratedDatabase, migratedDatabase, testEngines } from '../../support/databases.ts';

const engines = await testEngines('the offline message store tests on PostgreSQL');

describe.each(engines.map((open) => [open]))('OfflineMessages (%#)', (open) => {
  let fixture: MigratedDatabase;
  let store: OfflineMessages;
  beforeAll(async () => {
    fixture = await migratedDatabase(open);
    store = new OfflineMessages(() => fixture.db.em());
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
});
