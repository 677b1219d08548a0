// The admin commands that cannot be meaningful here answer the unsupported error with their reason (those of the SIP
// edge also in test/dialects/mizu-v2/sip-commands/).
import { describe, expect, it } from 'vitest';
import { byName } from '../../../../generated/mizu-v2/dispatch.ts';
import { sqliteDatabase } from '../../../support/databases.ts';
import { serverOn } from './fixture.ts';

const UNSUPPORTED = [
  'pcrst',
  'setip',
  'cmd',
  'gwrst',
  'upgradeall',
  'predectivet',
  'at',
  'toip',
  'call',
  'client',
  'finetune',
  'fs',
  'gk',
  'loadinifiles',
  'saveinifiles',
  'parsegsmcdr',
  'timezoneset',
  'toclient',
  'towgw',
  'tunnelinfo',
  'tunnelinfoex',
  'tunnellist',
  'vsiprst',
  'calcnccache',
  'clearnccache',
  'reindexncache',
  'backup',
  'tbackup',
  'dbfailover',
  'dbrsttgs',
  'resetp',
  'ftpst',
  'webrst',
  'logrename',
  'delobj',
  'mantreset',
  'servicerst',
  'checkpins',
  'createcdrinfo',
  'newuserevent',
  'reports',
  'syncmedia',
];

describe('commands that cannot run here', () => {
  const f = serverOn(async () => sqliteDatabase());

  it.each(UNSUPPORTED)('%s answers unsupported with its reason', async (name) => {
    const entry = byName.get(name)!;
    expect(entry.status).toBe('unsupported');
    const answer = await f.admin({ apientry: name, param1: 'start', what: 'x', obj: 'all', action: 'start' });
    expect(answer.error?.code).toBe('unsupported');
    expect(answer.error?.message).toBe(`not supported: ${entry.reason}`);
    expect(entry.reason!.length).toBeGreaterThan(40);
  });
});
