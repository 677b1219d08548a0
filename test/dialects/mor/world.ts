/**
 * A user with something on every page: devices, call flow, CLIs, phonebook, payments, invoices, subscriptions, faxes,
 * rates and calls.
 */
import { toMicros } from '../../../src/platform/money.ts';
import { setFlow } from '../../../src/domain/mor/callflows.ts';
import { addCli } from '../../../src/domain/mor/clis.ts';
import { ownDevice } from '../../../src/domain/mor/devices.ts';
import { recordFax } from '../../../src/domain/mor/faxes.ts';
import { issueInvoice } from '../../../src/domain/mor/invoices.ts';
import { recordPayment } from '../../../src/domain/mor/payments.ts';
import { addEntry } from '../../../src/domain/mor/phonebook.ts';
import { changeDetails, setOperatorDetails } from '../../../src/domain/mor/personal-details.ts';
import { defineCurrency, defineGroup } from '../../../src/domain/mor/rates.ts';
import { subscribe } from '../../../src/domain/mor/subscriptions.ts';
import { startOfDay, startOfMonth } from '../../../src/domain/mor/time.ts';
import { Rate } from '../../../src/persistence/entities/rate.ts';
import { Tariff } from '../../../src/persistence/entities/tariff.ts';
import { onFreshDatabase, type OnFreshDatabase, type TestDatabase } from '../../support/databases.ts';
import type { TestServer } from '../../support/server.ts';
import { addCalls, addDevice, addUser, call, startMor } from './support.ts';

export interface World {
  alice: number;
  bob: number;
  phone: number;
  fax: number;
  sip: number;
  bobPhone: number;
  groupId: number;
  missedCallId: number;
  bobEntryId: number;
}

/** A moment of today (UTC), seconds after midnight: in today and this month whenever the test runs. */
export const todayAt = (seconds: number) => new Date(startOfDay(new Date()).getTime() + seconds * 1000);

export async function buildWorld(sb: TestServer): Promise<World> {
  const s = sb.server.services;
  const em = s.db.em();
  const alice = await addUser(sb, 'alice', { name: 'Very Important User' });
  const bob = await addUser(sb, 'bob');
  const phone = await addDevice(sb, alice, 'IAX2', '101', 'Test device 1');
  const fax = await addDevice(sb, alice, 'FAX', '102', 'Test FAX device');
  const sip = await addDevice(sb, alice, 'SIP', '103', 'Desk phone');
  const bobPhone = await addDevice(sb, bob, 'SIP', '201', 'Bob phone');
  await setFlow(em, alice, await ownDevice(em, alice, phone), 'busy', { action: 'voicemail' });
  await addCli(em, alice, phone, '5555555', 'Linus');
  await addEntry(em, alice, '12015551234', 'ExGirlfriend');
  const bobEntry = await addEntry(em, bob, '12015550000', 'Bob secret');
  await changeDetails(
    em,
    s.accounts.cache,
    alice,
    {
      username: 'Andrey',
      surname: 'Mazunin',
      agreement_date: '2008-03-11',
      taxation_country: 'Uzbekistan',
      reg_address: 'Address',
      reg_postcode: '700100',
      reg_city: 'Tashkent',
      reg_country: 'Uzbekistan',
      reg_direction: 'Uzbekistan',
      reg_phone: '998975551234',
      reg_mobile: '998975551234',
      reg_fax: '998975551234',
      reg_email: 'admin@voip.com',
    },
    { name: 'test', requestId: 'test' },
  );
  await setOperatorDetails(em, s.accounts.cache, alice, { alias: '101', vatPercentMicros: toMicros('15') });
  await recordPayment(
    em,
    s.accounts.cache,
    { userId: alice, amountMicros: toMicros('10'), currency: 'USD', vatPercentMicros: toMicros('15'), completed: true },
    { name: 'test', requestId: 'test' },
  );
  await subscribe(em, {
    userId: alice,
    service: 'Some useful service',
    priceMicros: toMicros('10'),
    currency: 'USD',
    activationStart: startOfMonth(new Date()),
    activationEnd: null,
  });
  await recordFax(em, {
    userId: alice,
    deviceId: fax,
    filename: 'fax-1.pdf',
    receivedAt: todayAt(5),
    sender: '37052000000',
    status: 'Received',
  });
  const groupId = await defineGroup(em, 'Australia', 'aust', [
    { prefix: '61261', name: 'Australia Canberra', type: 'FIX' },
    { prefix: '61262', name: 'Australia Canberra', type: 'FIX' },
    { prefix: '614', name: 'Australia Mobile', type: 'MOB' },
  ]);
  await defineCurrency(em, 'USD', 'US dollar', toMicros('1'));
  await defineCurrency(em, 'EUR', 'Euro', toMicros('0.5'));
  const tariff = em.create(Tariff, { name: 'default', currency: 'USD' });
  await em.flush();
  em.create(Rate, {
    tariffId: tariff.id,
    prefix: '6126',
    destination: 'Australia Canberra',
    rateMicros: toMicros('0.02'),
  });
  em.create(Rate, { tariffId: tariff.id, prefix: '614', destination: 'Australia Mobile', rateMicros: toMicros('0.1') });
  em.create(Rate, { tariffId: tariff.id, prefix: '44', destination: 'United Kingdom', rateMicros: toMicros('0.03') });
  await em.flush();
  const [, missedCallId] = await addCalls(sb, [
    call({
      userId: alice,
      startedAt: todayAt(20),
      caller: '101',
      called: '12129989282',
      destination: 'United States FIX USA 212 New York',
      duration: 36,
      costMicros: toMicros('0.049'),
      deviceId: phone,
    }),
    call({
      calledUserId: alice,
      direction: 'in',
      startedAt: todayAt(40),
      caller: '12129989282',
      called: '101',
      disconnectCause: 19,
      deviceId: phone,
    }),
    call({
      calledUserId: alice,
      direction: 'in',
      startedAt: todayAt(50),
      caller: '37060000009',
      called: '101',
      duration: 95,
    }),
    call({
      userId: bob,
      startedAt: todayAt(30),
      caller: '201',
      called: '37069999999',
      duration: 60,
      costMicros: toMicros('1'),
    }),
  ]);
  await issueInvoice(em, alice, 'USD', { start: startOfMonth(new Date()), end: todayAt(86_399) }, toMicros('15'));
  return { alice, bob, phone, fax, sip, bobPhone, groupId, missedCallId: missedCallId!, bobEntryId: bobEntry.id };
}

/** A MOR server on a fresh database with the world built, as a describe block's beforeAll makes it. */
export type MorWorld = OnFreshDatabase<{ sb: TestServer; w: World }>;

export function startMorWorld(
  open: () => Promise<TestDatabase>,
  options?: Parameters<typeof startMor>[1],
): Promise<MorWorld> {
  return onFreshDatabase(open, async (db, undo) => {
    const sb = await startMor(db, options);
    undo(() => sb.stop());
    return { sb, w: await buildWorld(sb) };
  });
}
