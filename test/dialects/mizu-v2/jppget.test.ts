// jppget: "JSONP (JSON forward)" — an API request of this server forwarded as JSONP; remote URLs only with
// enablejsonp=2 and never into the operator's own network.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteDatabase, type TestDatabase } from '../../support/databases.ts';
import { mizuGet } from '../../support/mizu.ts';
import { startTestServer, type TestServer } from '../../support/server.ts';

describe('jppget', () => {
  let db: TestDatabase;
  let sb: TestServer;
  const USER = { username: 'ivy', password: 'ivy-pw-123' };
  const jppget = (url: string) =>
    mizuGet(sb.port, {
      apientry: 'jppget',
      ...{ authid: USER.username, authpwd: USER.password },
      url,
      format: 'jsonp',
      callback: 'got',
    });

  beforeAll(async () => {
    db = sqliteDatabase();
    sb = await startTestServer(db);
    await sb.server.services.accounts.create(
      sb.server.services.db.em(),
      { ...USER, creditMicros: 3_250_000n },
      { name: 'test', requestId: 'setup' },
    );
  });
  afterAll(async () => {
    await sb?.stop();
    await db?.drop();
  });

  it('forwards an API request of this server and answers JSONP: the body as `contents`, as the webphone reads it', async () => {
    const res = await jppget(`/mvapireq/?apientry=balance&authid=${USER.username}&authpwd=${USER.password}`);
    expect(res.contentType).toMatch(/javascript/);
    const wrapped = JSON.parse(/^got\((.*)\);\s*$/s.exec(res.body)![1]!);
    expect(Object.keys(wrapped)).toEqual(['contents']);
    expect(JSON.parse(wrapped.contents).data).toEqual({ credit: '3.25', currency: 'USD' });
  });

  it("takes the seed's example as written, with no login: /mvapireq/jppget?url=... (001:L78)", async () => {
    const inner = `/mvapireq/?apientry=balance&authid=${USER.username}&authpwd=${USER.password}`;
    const answer = await fetch(`http://127.0.0.1:${sb.port}/mvapireq/jppget?url=${encodeURIComponent(inner)}`);
    const body = await answer.text();
    expect(body).not.toMatch(/ERROR/);
    expect(body).toContain('3.25');
    // The forwarded request is authorised on its own: without its credentials it is refused as it would be directly.
    const bare = await (
      await fetch(`http://127.0.0.1:${sb.port}/mvapireq/jppget?url=/mvapireq/?apientry=balance`)
    ).text();
    expect(bare).not.toContain('3.25');
  });

  it('forwards a remote URL only for a login (or a trusted address)', async () => {
    const { options, db: database } = sb.server.services;
    await options.set(database.em(), 'allowtrustedip', '0');
    try {
      const remote = { apientry: 'jppget', url: 'http://example.invalid/x.json', format: 'jsonp', callback: 'got' };
      expect(res(await mizuGet(sb.port, remote)).code).toBe('auth-failed');
      const withLogin = await mizuGet(sb.port, { ...remote, authid: USER.username, authpwd: USER.password });
      expect(res(withLogin).message).toMatch(/enablejsonp/);
    } finally {
      await options.set(database.em(), 'allowtrustedip', '3');
    }
  });

  it('refuses remote URLs unless enablejsonp is 2, and addresses inside the network even then', async () => {
    expect(res(await jppget('http://example.invalid/x.json'))).toMatchObject({
      code: 'access-denied',
      message: expect.stringMatching(/enablejsonp/),
    });
    await sb.server.services.options.set(sb.server.services.db.em(), 'enablejsonp', '2');
    expect(res(await jppget(`http://127.0.0.1:${sb.port}/health`))).toMatchObject({
      code: 'access-denied',
      message: expect.stringMatching(/loopback, private/),
    });
    expect(res(await jppget('http://10.1.2.3/')).code).toBe('access-denied');
  });

  it('refuses to forward to itself', async () => {
    expect(res(await jppget('/mvapireq/jppget?url=/mvapireq/')).code).toBe('invalid-parameter');
  });
});

function res(answer: { body: string }): { code: string; message: string } {
  return JSON.parse(/^got\((.*)\);\s*$/s.exec(answer.body)![1]!).error;
}
