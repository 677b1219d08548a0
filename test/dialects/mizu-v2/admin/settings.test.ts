// setini / getini / savesettings / reload / reloadapikeys / showcfg (001/002) on the global config table: written at
// once, applied on savesettings or reload, typed for documented options, secrets masked.
import { describe, expect, it } from 'vitest';
import { testEngines } from '../../../support/databases.ts';
import { mizuGet } from '../../../support/mizu.ts';
import { serverOn } from './fixture.ts';

const engines = await testEngines('the settings tests on PostgreSQL');

describe.each(engines.map((open) => [open]))('global settings (%#)', (open) => {
  const f = serverOn(open, { apiv2key: 'the-api-key-1', apiv2md5salt: 'salty' });
  const options = () => f.sb.server.services.options;

  it('setini writes an option that savesettings applies, and says how many changed', async () => {
    expect(options().bool('httpstrictresponse', false)).toBe(false);
    const set = await f.admin({ apientry: 'setini', key: 'httpstrictresponse', value: '1', authkey: 'the-api-key-1' });
    expect(set.status).toBe('OK');
    expect(set.message).toMatch(/savesettings or reload applies it/);
    expect(options().bool('httpstrictresponse', false)).toBe(false);
    expect((await f.admin({ apientry: 'getini', key: 'httpstrictresponse', authkey: 'the-api-key-1' })).data).toEqual({
      value: '1',
    });
    const saved = await f.admin({ apientry: 'savesettings', authkey: 'the-api-key-1' });
    expect(saved.data).toEqual({ saved: 1, names: 'httpstrictresponse' });
    expect(options().bool('httpstrictresponse', false)).toBe(true);
    expect((await f.admin({ apientry: 'savesettings', authkey: 'the-api-key-1' })).data).toEqual({
      saved: 0,
      names: '',
    });
    // The documented misspelling is the same option.
    await f.admin({ apientry: 'setini', key: 'httpstrictrtspose', value: '0', authkey: 'the-api-key-1' });
    expect((await f.admin({ apientry: 'reload', authkey: 'the-api-key-1' })).message).toMatch(/1 setting changed/);
    expect(options().bool('httpstrictresponse', true)).toBe(false);
  });

  it('refuses a value that does not fit a documented option, and keys too long to store', async () => {
    const bad = await f.admin({
      apientry: 'setini',
      key: 'apideftrustadmin',
      value: 'yes please',
      authkey: 'the-api-key-1',
    });
    expect(bad.error).toMatchObject({
      code: 'invalid-parameter',
      message: expect.stringMatching(/apideftrustadmin takes a number/),
    });
    const long = await f.admin({
      apientry: 'setini',
      section: 's'.repeat(40),
      key: 'k'.repeat(40),
      value: 'x',
      authkey: 'the-api-key-1',
    });
    expect(long.error?.code).toBe('invalid-parameter');
  });

  it('keeps keys of other sections and files apart; getini answers defaults and not-found', async () => {
    await f.admin({ apientry: 'setini', section: 'sip', key: 'port', value: '5070', authkey: 'the-api-key-1' });
    await f.admin({
      apientry: 'setini',
      section: 'sip',
      key: 'port',
      value: '5080',
      file: 'edge.ini',
      authkey: 'the-api-key-1',
    });
    expect((await f.admin({ apientry: 'getini', section: 'sip', key: 'port', authkey: 'the-api-key-1' })).data).toEqual(
      { value: '5070' },
    );
    expect(
      (await f.admin({ apientry: 'getini', section: 'SIP', key: 'Port', file: 'edge.ini', authkey: 'the-api-key-1' }))
        .data,
    ).toEqual({ value: '5080' });
    expect((await f.admin({ apientry: 'getini', key: 'allowtrustedip', authkey: 'the-api-key-1' })).data).toEqual({
      value: '3',
    });
    expect((await f.admin({ apientry: 'getini', key: 'nosuchoption', authkey: 'the-api-key-1' })).error?.code).toBe(
      'not-found',
    );
    expect((await f.admin({ apientry: 'getini', key: 'apiv2key', authkey: 'the-api-key-1' })).data).toEqual({
      value: '***',
    });
  });

  it('reloadapikeys puts a changed API key in force', async () => {
    await f.admin({ apientry: 'setini', key: 'apiv2key', value: 'the-api-key-2', authkey: 'the-api-key-1' });
    expect((await f.admin({ apientry: 'version', authkey: 'the-api-key-2' })).error?.code).toBe('auth-failed');
    expect((await f.admin({ apientry: 'reloadapikeys', authkey: 'the-api-key-1' })).status).toBe('OK');
    expect((await f.admin({ apientry: 'version', authkey: 'the-api-key-1' })).error?.code).toBe('auth-failed');
    expect((await f.admin({ apientry: 'version', authkey: 'the-api-key-2' })).status).toBe('OK');
  });

  it('showcfg answers the configuration ini style, every secret masked', async () => {
    await f.admin({ apientry: 'setini', key: 'mysmtppassword', value: 'hunter2', authkey: 'the-api-key-2' });
    await f.admin({ apientry: 'savesettings', authkey: 'the-api-key-2' });
    const res = await mizuGet(f.sb.port, {
      apientry: 'showcfg',
      authid: 'admin',
      authpwd: 'admin-secret-1',
      authkey: 'the-api-key-2',
    });
    const lines = res.body.split('\n');
    expect(lines[0]).toBe('OK');
    expect(lines).toContain('[server]');
    expect(lines).toContain('[globals]');
    expect(lines).toContain('secretKey=***');
    expect(lines).toContain('apiv2key=***');
    expect(lines).toContain('apiv2md5salt=***');
    expect(lines).toContain('mysmtppassword=***');
    expect(lines).toContain('allowtrustedip=3');
    expect(lines).toContain('httpstrictresponse=0');
    expect(lines).toContain(`dataDir=${f.sb.server.services.config.dataDir}`);
    for (const secret of ['the-api-key-1', 'the-api-key-2', 'salty', 'hunter2', 'test-secret-key', 'admin-secret-1'])
      expect(res.body).not.toContain(secret);
  });
});
