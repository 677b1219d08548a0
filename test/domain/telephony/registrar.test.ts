// The registrar (RFC 3261 §10.3) on SQLite and PostgreSQL: REGISTER requests built and parsed by the SIP stack's own
// serializer and parser, digest authentication against the accounts the APIs use (RFC 2617, checked here by an
// independent MD5 computation), bans, bindings kept in the database, and their expiry on a clock the test drives.
import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createServices } from '../../../src/app.ts';
import type { Services } from '../../../src/domain/services.ts';
import { digestHa1, digestResponse, parseDigestCredentials } from '../../../src/domain/telephony/digest.ts';
import { NonceCountRing, SharedNonceUses } from '../../../src/domain/telephony/nonce-uses.ts';
import { NONCE_LIFETIME_MS, Registrar, type RegistrarOptions } from '../../../src/domain/telephony/registrar.ts';
import { DatabaseRegistrations } from '../../../src/domain/telephony/registrations-database.ts';
import type { SipSource } from '../../../src/domain/telephony/registrations.ts';
import { loadConfig } from '../../../src/platform/config.ts';
import { RedisState } from '../../../src/platform/state/redis.ts';
import { unavailableWhileDown } from '../../../src/platform/state/unavailable.ts';
import {
  parseSipMessage,
  serializeSipMessage,
  SipHeaders,
  type SipRequest,
  type SipResponse,
} from '../../../src/protocol/sip/message.ts';
import { testEngines, type TestDatabase } from '../../support/databases.ts';
import { ADMIN, SECRET_KEY } from '../../support/server.ts';
import { REDIS, REDIS_URL, redisAvailable, requireService } from '../../support/services.ts';

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

describe('digest (RFC 2617 §3.5, the worked example)', () => {
  const header =
    'Digest username="Mufasa", realm="testrealm@host.com", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", ' +
    'uri="/dir/index.html", qop=auth, nc=00000001, cnonce="0a4f113b", ' +
    'response="6629fae49393a05397450978507c4ef1", opaque="5ccc069c403ebaf9f0171e9517f40e41"';

  it('reads the Authorization header and computes the same response', () => {
    const credentials = parseDigestCredentials(header)!;
    expect(credentials).toMatchObject({ username: 'Mufasa', realm: 'testrealm@host.com', nc: '00000001', qop: 'auth' });
    const ha1 = digestHa1('Mufasa', 'testrealm@host.com', 'Circle Of Life');
    expect(digestResponse(ha1, 'GET', credentials)).toBe('6629fae49393a05397450978507c4ef1');
  });

  it('computes the RFC 2069 form when no qop is given', () => {
    const c = { nonce: 'abc', uri: 'sip:example.com' };
    const ha1 = md5('u:r:p');
    expect(digestResponse(ha1, 'REGISTER', c)).toBe(md5(`${ha1}:abc:${md5('REGISTER:sip:example.com')}`));
  });

  it('refuses another scheme and a header missing the response', () => {
    expect(parseDigestCredentials('Basic dXNlcjpwdw==')).toBeUndefined();
    expect(parseDigestCredentials('Digest username="a", realm="r", nonce="n", uri="u"')).toBeUndefined();
  });
});

const engines = await testEngines('the registrar tests on PostgreSQL');
const redisUp = requireService(REDIS, await redisAvailable(), 'the registrar test with Redis away');
const ALICE = { username: 'alice', password: 'alice-sip-pw-1' };
const BOB = { username: 'bob', password: 'bob-sip-pw-1' };
const DOMAIN = 'sip.example.test';
const FROM_TCP: SipSource = { transport: 'tcp', address: '192.0.2.50', port: 40111 };

interface Register {
  user?: string;
  contacts?: string[];
  expires?: number;
  callId?: string;
  cseq?: number;
  authorization?: string;
  userAgent?: string;
}

/** A REGISTER as a phone sends it: serialized by the stack and parsed back as the edge would hand it over. */
function registerRequest(r: Register): SipRequest {
  const user = r.user ?? ALICE.username;
  const headers = new SipHeaders();
  headers.append('Via', `SIP/2.0/TCP 192.0.2.50:40111;branch=z9hG4bK-${Math.random().toString(36).slice(2)}`);
  headers.append('Max-Forwards', '70');
  headers.append('From', `<sip:${user}@${DOMAIN}>;tag=from-1`);
  headers.append('To', `<sip:${user}@${DOMAIN}>`);
  headers.append('Call-ID', r.callId ?? 'call-1@192.0.2.50');
  headers.append('CSeq', `${r.cseq ?? 1} REGISTER`);
  for (const contact of r.contacts ?? []) headers.append('Contact', contact);
  if (r.expires !== undefined) headers.append('Expires', String(r.expires));
  if (r.authorization) headers.append('Authorization', r.authorization);
  headers.append('User-Agent', r.userAgent ?? 'TestPhone/1.0');
  const req: SipRequest = { kind: 'request', method: 'REGISTER', uri: `sip:${DOMAIN}`, headers, body: Buffer.alloc(0) };
  return parseSipMessage(serializeSipMessage(req)) as SipRequest;
}

/** The challenge's parameters (realm, nonce, qop, stale…). */
function challengeOf(res: SipResponse): Map<string, string> {
  const value = res.headers.get('WWW-Authenticate') ?? '';
  expect(value).toMatch(/^Digest /);
  return new Map([...value.matchAll(/(\w+)=(?:"([^"]*)"|([^,\s]+))/g)].map((m) => [m[1]!, m[2] ?? m[3]!]));
}

/** The Authorization a phone computes for a challenge (RFC 2617 §3.2.2, qop=auth), independently of the server. */
function authorization(challenge: Map<string, string>, user: string, password: string, nc = 1): string {
  const realm = challenge.get('realm')!;
  const nonce = challenge.get('nonce')!;
  const uri = `sip:${DOMAIN}`;
  const ncText = nc.toString(16).padStart(8, '0');
  const cnonce = 'f00dcafe';
  const response = md5(
    `${md5(`${user}:${realm}:${password}`)}:${nonce}:${ncText}:${cnonce}:auth:${md5(`REGISTER:${uri}`)}`,
  );
  return `Digest username="${user}", realm="${realm}", nonce="${nonce}", uri="${uri}", response="${response}", algorithm=MD5, qop=auth, nc=${ncText}, cnonce="${cnonce}"`;
}

describe.each(engines.map((open) => [open]))('the registrar (%#)', (open) => {
  let db: TestDatabase;
  let services: Services;
  let clock: number;
  let registrar: Registrar;
  let registrations: DatabaseRegistrations;

  const send = (r: Register, from: SipSource = FROM_TCP) => registrar.register(registerRequest(r), from);
  /** Answers the challenge of a first REGISTER, as a phone does; the request is sent again with credentials. */
  const registerAs = async (
    who: { username: string; password: string },
    r: Register & { cseq?: number } = {},
    from: SipSource = FROM_TCP,
  ) => {
    const cseq = r.cseq ?? 1;
    const challenged = await send({ ...r, user: r.user ?? who.username, cseq }, from);
    expect(challenged.status).toBe(401);
    const auth = authorization(challengeOf(challenged), who.username, who.password);
    return send({ ...r, user: r.user ?? who.username, cseq: cseq + 1, authorization: auth }, from);
  };
  const contactsOf = (res: SipResponse) => res.headers.getAll('Contact');
  /** The registrar on the test's services, store and clock. */
  const registrarWith = (options: Partial<RegistrarOptions>) =>
    new Registrar({
      registrations,
      accounts: services.accounts,
      bans: services.bans,
      em: () => services.db.em(),
      nonceUses: new NonceCountRing(),
      secretKey: SECRET_KEY,
      now: () => clock,
      ...options,
    });

  beforeAll(async () => {
    db = await open();
    const config = loadConfig(undefined, { SWITCHBOARD_SECRET_KEY: SECRET_KEY });
    config.database = db.url;
    config.secretKey = SECRET_KEY;
    config.admin = ADMIN;
    config.limits = { ...config.limits, authFailures: 3 };
    ({ services } = await createServices(config));
    const actor = { name: 'test', requestId: 'setup' };
    for (const user of [ALICE, BOB]) await services.accounts.create(services.db.em(), user, actor);
  });

  afterAll(async () => {
    await services?.close();
    await db?.drop();
  });

  beforeEach(async () => {
    clock = Date.parse('2026-12-05T12:00:00Z');
    registrations = new DatabaseRegistrations(
      () => services.db.em(),
      () => clock,
    );
    await registrations.unbind(ALICE.username);
    await registrations.unbind(BOB.username);
    registrar = registrarWith({});
  });

  it('challenges a REGISTER without credentials (401, the realm the Request-URI names, qop=auth, a To tag)', async () => {
    const res = await send({ contacts: ['<sip:alice@192.0.2.50:5060>'] });
    expect(res.status).toBe(401);
    const challenge = challengeOf(res);
    expect(challenge.get('realm')).toBe(DOMAIN);
    expect(challenge.get('qop')).toBe('auth');
    expect(challenge.get('algorithm')).toBe('MD5');
    expect(challenge.has('stale')).toBe(false);
    expect(res.headers.get('To')).toMatch(/;tag=\w+/);
    expect(res.headers.get('Call-ID')).toBe('call-1@192.0.2.50');
    expect(await registrations.online(ALICE.username)).toBe(false);
  });

  it('binds the contact on the right digest and lists it with its expiry, keeping User-Agent and source', async () => {
    const res = await registerAs(ALICE, { contacts: ['"Alice" <sip:alice@192.0.2.50:5060;transport=tcp>'] });
    expect(res.status).toBe(200);
    expect(contactsOf(res)).toEqual(['<sip:alice@192.0.2.50:5060;transport=tcp>;expires=3600']);
    expect(await registrations.bindingsOf(ALICE.username)).toEqual([
      {
        username: 'alice',
        contact: 'sip:alice@192.0.2.50:5060;transport=tcp',
        expiresAt: clock + 3_600_000,
        userAgent: 'TestPhone/1.0',
        source: FROM_TCP,
        callId: 'call-1@192.0.2.50',
        cseq: 2,
        registeredAt: clock,
      },
    ]);
  });

  it('keeps several contacts, each with its own expiry, and answers a query with all of them', async () => {
    const first = await registerAs(ALICE, {
      contacts: ['<sip:alice@192.0.2.50:5060>;expires=120', '<sip:alice@192.0.2.51:5060>'],
      expires: 600,
    });
    expect(contactsOf(first)).toEqual([
      '<sip:alice@192.0.2.50:5060>;expires=120',
      '<sip:alice@192.0.2.51:5060>;expires=600',
    ]);
    const other = await registerAs(ALICE, { contacts: ['<sip:alice@198.51.100.9:5070>'], callId: 'desk@198.51.100.9' });
    expect(contactsOf(other)).toHaveLength(3);
    const query = await registerAs(ALICE, { callId: 'query-1' });
    expect(query.status).toBe(200);
    expect(contactsOf(query).sort()).toEqual([
      '<sip:alice@192.0.2.50:5060>;expires=120',
      '<sip:alice@192.0.2.51:5060>;expires=600',
      '<sip:alice@198.51.100.9:5070>;expires=3600',
    ]);
  });

  it('lets a binding expire: it is gone from the store and from the next answer', async () => {
    await registerAs(ALICE, { contacts: ['<sip:alice@192.0.2.50>'], expires: 60 });
    await registerAs(ALICE, { contacts: ['<sip:alice@192.0.2.51>'], expires: 300, callId: 'second' });
    clock += 61_000;
    expect((await registrations.bindingsOf(ALICE.username)).map((b) => b.contact)).toEqual(['sip:alice@192.0.2.51']);
    const query = await registerAs(ALICE, { callId: 'query-2' });
    expect(contactsOf(query)).toEqual(['<sip:alice@192.0.2.51>;expires=239']);
    clock += 240_000;
    expect(await registrations.online(ALICE.username)).toBe(false);
  });

  it('refuses too brief an expiry with 423 and Min-Expires, and shortens too long a one', async () => {
    const brief = await registerAs(ALICE, { contacts: ['<sip:alice@192.0.2.50>'], expires: 30 });
    expect(brief.status).toBe(423);
    expect(brief.headers.get('Min-Expires')).toBe('60');
    expect(await registrations.online(ALICE.username)).toBe(false);
    const long = await registerAs(ALICE, { contacts: ['<sip:alice@192.0.2.50>'], expires: 1_000_000, callId: 'long' });
    expect(contactsOf(long)).toEqual(['<sip:alice@192.0.2.50>;expires=7200']);
  });

  it('unregisters one contact with expires=0, and all of them with Contact: * and Expires: 0', async () => {
    await registerAs(ALICE, { contacts: ['<sip:alice@192.0.2.50>', '<sip:alice@192.0.2.51>'] });
    const one = await registerAs(ALICE, { contacts: ['<sip:alice@192.0.2.50>;expires=0'], cseq: 3 });
    expect(contactsOf(one)).toEqual(['<sip:alice@192.0.2.51>;expires=3600']);
    const starWithoutZero = await registerAs(ALICE, { contacts: ['*'], expires: 3600, cseq: 5 });
    expect(starWithoutZero.status).toBe(400);
    const all = await registerAs(ALICE, { contacts: ['*'], expires: 0, cseq: 7 });
    expect(all.status).toBe(200);
    expect(contactsOf(all)).toEqual([]);
    expect(await registrations.online(ALICE.username)).toBe(false);
  });

  it('refuses an older or repeated CSeq from the same Call-ID (500) and takes a newer one', async () => {
    await registerAs(ALICE, { contacts: ['<sip:alice@192.0.2.50>'], cseq: 10 });
    const older = await registerAs(ALICE, { contacts: ['<sip:alice@192.0.2.50>;expires=0'], cseq: 5 });
    expect(older.status).toBe(500);
    expect(await registrations.online(ALICE.username)).toBe(true);
    const newer = await registerAs(ALICE, { contacts: ['<sip:alice@192.0.2.50>;expires=0'], cseq: 20 });
    expect(newer.status).toBe(200);
    expect(await registrations.online(ALICE.username)).toBe(false);
  });

  it('answers a wrong password and an unknown user alike (403), and another user’s AOR 403', async () => {
    const challenged = await send({ contacts: ['<sip:alice@192.0.2.50>'] });
    const challenge = challengeOf(challenged);
    const from = { ...FROM_TCP, address: '192.0.2.60' };
    const wrong = await send(
      { contacts: ['<sip:alice@192.0.2.50>'], cseq: 2, authorization: authorization(challenge, 'alice', 'nope') },
      from,
    );
    const unknown = await send(
      {
        user: 'nobody',
        contacts: ['<sip:x@192.0.2.50>'],
        cseq: 2,
        authorization: authorization(challenge, 'nobody', 'x'),
      },
      { ...from, address: '192.0.2.61' },
    );
    expect([wrong.status, wrong.reason]).toEqual([403, 'Forbidden']);
    expect([unknown.status, unknown.reason]).toEqual([403, 'Forbidden']);
    const bobAsAlice = await send({
      contacts: ['<sip:alice@192.0.2.50>'],
      cseq: 3,
      authorization: authorization(challenge, BOB.username, BOB.password),
    });
    expect(bobAsAlice.status).toBe(403);
    expect(await registrations.online(ALICE.username)).toBe(false);
  });

  it('refuses a disabled account with its right password (403), and takes it again once enabled', async () => {
    const { id } = await services.accounts.create(
      services.db.em(),
      { username: 'dora', password: 'dora-sip-pw-1' },
      { name: 'test', requestId: 'dora' },
    );
    const dora = { username: 'dora', password: 'dora-sip-pw-1' };
    const setEnabled = (enabled: boolean) =>
      services.accounts.update(services.db.em(), id, { enabled }, { name: 'test', requestId: 'dora', action: 'edit' });
    await setEnabled(false);
    expect(
      (await registerAs(dora, { contacts: ['<sip:dora@192.0.2.40>'] }, { ...FROM_TCP, address: '192.0.2.41' })).status,
    ).toBe(403);
    await setEnabled(true);
    expect((await registerAs(dora, { contacts: ['<sip:dora@192.0.2.40>'], callId: 'dora-2' })).status).toBe(200);
  });

  it('bans an address after repeated wrong passwords over TCP, as the API does', async () => {
    const from = { ...FROM_TCP, address: '192.0.2.70' };
    const challenge = challengeOf(await send({}, from));
    for (let i = 0; i < 3; i++) {
      const res = await send({ cseq: 2 + i, authorization: authorization(challenge, 'alice', `wrong-${i}`) }, from);
      expect(res.status).toBe(403);
    }
    expect(await services.bans.isBanned('192.0.2.70')).toBe(true);
    const right = await send(
      { cseq: 9, authorization: authorization(challenge, ALICE.username, ALICE.password) },
      from,
    );
    expect(right.status).toBe(403);
    expect(right.headers.get('Warning')).toMatch(/banned/);
  });

  it('over UDP (a forgeable source) bans no address but refuses the user over UDP after repeated failures', async () => {
    const overUdp: SipSource = { transport: 'udp', address: '192.0.2.90', port: 5060 };
    const challenge = challengeOf(await send({ user: BOB.username }, overUdp));
    for (let i = 0; i < 3; i++) {
      const auth = authorization(challenge, BOB.username, `wrong-${i}`);
      expect((await send({ user: BOB.username, cseq: 2 + i, authorization: auth }, overUdp)).status).toBe(403);
    }
    expect(await services.bans.isBanned('192.0.2.90')).toBe(false);
    const right = authorization(challenge, BOB.username, BOB.password);
    const locked = await send({ user: BOB.username, cseq: 9, authorization: right }, overUdp);
    expect([locked.status, locked.headers.get('Warning')]).toEqual([403, expect.stringMatching(/over UDP/)]);
    const overTcp = await registerAs(BOB, { user: BOB.username, contacts: ['<sip:bob@192.0.2.91>'] });
    expect(overTcp.status).toBe(200);
  });

  it('answers stale=true for the right digest on an expired nonce, and 403 for a wrong one on it', async () => {
    const challenge = challengeOf(await send({}));
    clock += 6 * 60_000;
    const stale = await send({ cseq: 2, authorization: authorization(challenge, ALICE.username, ALICE.password) });
    expect(stale.status).toBe(401);
    expect(challengeOf(stale).get('stale')).toBe('true');
    const from = { ...FROM_TCP, address: '192.0.2.80' };
    const wrong = await send({ cseq: 3, authorization: authorization(challenge, ALICE.username, 'nope') }, from);
    expect(wrong.status).toBe(403);
  });

  it.each([
    ['in this process (a ring)', () => new NonceCountRing()],
    ['in the shared state', () => new SharedNonceUses(services.state, NONCE_LIFETIME_MS, () => clock)],
  ])('takes a nonce and nonce-count once, %s: the same Authorization sent again is answered stale', async (_, uses) => {
    registrar = registrarWith({ nonceUses: uses() });
    const challenge = challengeOf(await send({}));
    const auth = authorization(challenge, ALICE.username, ALICE.password);
    expect((await send({ contacts: ['<sip:alice@192.0.2.50>'], cseq: 2, authorization: auth })).status).toBe(200);
    const replayed = await send({ contacts: ['<sip:eve@203.0.113.66>'], callId: 'other', authorization: auth });
    expect(replayed.status).toBe(401);
    expect(challengeOf(replayed).get('stale')).toBe('true');
    const next = authorization(challenge, ALICE.username, ALICE.password, 2);
    expect((await send({ cseq: 3, authorization: next })).status).toBe(200);
    expect((await registrations.bindingsOf(ALICE.username)).map((b) => b.contact)).toEqual(['sip:alice@192.0.2.50']);
  });

  it('challenges afresh a nonce it did not issue, and one from another realm', async () => {
    const forged = new Map([
      ['realm', DOMAIN],
      ['nonce', 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
    ]);
    const res = await send({ authorization: authorization(forged, ALICE.username, ALICE.password) });
    expect(res.status).toBe(401);
    expect(challengeOf(res).has('stale')).toBe(false);
    const other = new Map([...challengeOf(await send({})), ['realm', 'elsewhere.test']]);
    expect((await send({ cseq: 2, authorization: authorization(other, ALICE.username, ALICE.password) })).status).toBe(
      401,
    );
  });

  it.skipIf(!redisUp)('answers 503 with Retry-After while the shared state (Redis) is away', async () => {
    const redis = await RedisState.connect(REDIS_URL, { prefix: `switchboard-test:${randomUUID()}:` });
    await redis.close();
    registrar = registrarWith({ nonceUses: new SharedNonceUses(unavailableWhileDown(redis), NONCE_LIFETIME_MS) });
    const challenge = challengeOf(await send({}));
    const res = await send({ cseq: 2, authorization: authorization(challenge, ALICE.username, ALICE.password) });
    expect([res.status, res.headers.get('Retry-After')]).toEqual([503, '30']);
    expect(await registrations.online(ALICE.username)).toBe(false);
  });

  it('uses the configured realm over the Request-URI host', async () => {
    registrar = registrarWith({ realm: 'switchboard.test' });
    expect(challengeOf(await send({})).get('realm')).toBe('switchboard.test');
    const res = await registerAs(ALICE, { contacts: ['<sip:alice@192.0.2.50>'] });
    expect(res.status).toBe(200);
  });

  it('answers 404 for a To without a user, and 400 for an Expires that is no number of seconds', async () => {
    const req = registerRequest({});
    req.headers.set('To', `<sip:${DOMAIN}>`);
    expect((await registrar.register(req, FROM_TCP)).status).toBe(404);
    const bad = registerRequest({ contacts: ['<sip:alice@192.0.2.50>;expires=soon'] });
    const challenge = challengeOf(await registrar.register(bad, FROM_TCP));
    bad.headers.set('CSeq', '2 REGISTER');
    bad.headers.set('Authorization', authorization(challenge, ALICE.username, ALICE.password));
    expect((await registrar.register(bad, FROM_TCP)).status).toBe(400);
  });
});
