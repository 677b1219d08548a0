/** The admin commands of Mizu v2 (see handlers.ts): diagnostics, settings, backups, maintenance, files, raw SQL. */
import { lists, locks, querylist, threadlist, threads, threads2 } from './activity.ts';
import { backupdb, dbbackup, dbrestore } from './backup.ts';
import { updcdrdir } from './cdr-direction.ts';
import { db } from './db.ts';
import { file, getfile, pgetfile, pputfile, putfile } from './files.ts';
import { help } from './help.ts';
import { log, logsearch, showlog } from './logs.ts';
import { dailymaint, hourlymaint, monthlymaint, weeklymaint } from './maintenance.ts';
import { rebill } from './rebill.ts';
import { dbreset, restart } from './reset.ts';
import { routingtest } from './routingtest.ts';
import { getini, reload, reloadapikeys, rulesreload, savesettings, setini, showcfg } from './settings.ts';
import { deviceid, info, quickstat, shortinfo } from './status.ts';
import { unittest } from './unittest.ts';
import { fastusers, syncusers } from './users-cache.ts';

export const adminHandlers = {
  backupdb, dailymaint, db, dbbackup, dbreset, dbrestore, deviceid, fastusers, file, getfile, getini, help, hourlymaint, info, lists, locks,
  log, logsearch, monthlymaint, pgetfile, pputfile, putfile, querylist, quickstat, rebill, reload, reloadapikeys, restart, routingtest, rulesreload, savesettings,
  setini, shortinfo, showcfg, showlog, syncusers, threadlist, threads, threads2, unittest, updcdrdir, weeklymaint,
};
