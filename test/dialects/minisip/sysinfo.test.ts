// sysinfo (003:L73-L136): query answers every field, the passwords masked; update writes only what is sent, all of
// it or none; the administrator password is the configured syskey (SQLite and PostgreSQL).
import { describe, expect, it } from 'vitest';
import { GlobalOption } from '../../../src/persistence/entities/global-option.ts';
import { testEngines } from '../../support/databases.ts';
import { openapi, SYSKEY, useMinisipServer } from './support.ts';

const engines = await testEngines('the sysinfo tests on PostgreSQL');

describe.each(engines.map((open) => [open]))('sysinfo (%#)', (openDatabase) => {
  const f = useMinisipServer(openDatabase);

  it('answers every field with its type, the out-group prefix 9 and the ports this server runs on by default', async () => {
    const info = await f.client.sysinfoQuery();
    expect(Object.keys(info)).toHaveLength(33);
    expect(info).toMatchObject({
      admpwd: '***',
      ogpfx: '9',
      httpport: f.sb.port,
      sipport: f.sb.config.sip.port,
      smtptls: false,
      dbpwd: '',
    });
  });

  it('updates only the fields sent, with their types', async () => {
    expect(await f.client.sysinfoUpdate({ ogpfx: '0', rtpport: 30000, smtptls: true, realm: 'pbx.example' })).toEqual({
      message: 'updated ogpfx, rtpport, realm, smtptls',
    });
    expect(await f.client.sysinfoQuery()).toMatchObject({
      ogpfx: '0',
      rtpport: 30000,
      smtptls: true,
      realm: 'pbx.example',
      sipport: f.sb.config.sip.port,
    });
    await openapi(f.sb.port, 'sysinfo/update', { smtptls: 0 });
    expect((await f.client.sysinfoQuery()).smtptls).toBe(false);
  });

  it('masks passwords, and keeps them when the query answer is sent back', async () => {
    await f.client.sysinfoUpdate({ smtppwd: 'mail-secret', dbpwd: 'db-secret' });
    const info = await f.client.sysinfoQuery();
    expect(info).toMatchObject({ smtppwd: '***', dbpwd: '***' });
    await f.client.sysinfoUpdate({ ...info, stunaddr1: 'stun.example' });
    expect(f.sb.server.services.options.get('smtppwd')).toBe('mail-secret');
    expect((await f.client.sysinfoQuery()).stunaddr1).toBe('stun.example');
  });

  it('writes nothing when one field is invalid', async () => {
    await f.client.sysinfoUpdate({ ogpfx: '0' });
    const answer = await openapi(f.sb.port, 'sysinfo/update', { ogpfx: '7', sipport: 70000 });
    expect(answer.body.error).toMatchObject({ code: 'invalid-parameter', issues: [{ param: 'sipport' }] });
    expect(await f.client.sysinfoQuery()).toMatchObject({ ogpfx: '0', sipport: f.sb.config.sip.port });
    expect((await f.sb.server.services.db.em().findOne(GlobalOption, { name: 'ogpfx' }))?.value).toBe('0');
  });

  it('refuses a new administrator password, which is the configured syskey', async () => {
    await expect(f.client.sysinfoUpdate({ admpwd: 'another' })).rejects.toMatchObject({
      code: 'invalid-parameter',
      message: expect.stringMatching(/minisip\.syskey/),
    });
    expect(await f.client.sysinfoUpdate({ admpwd: SYSKEY, ogpfx: '0' })).toEqual({ message: 'updated ogpfx' });
  });
});
