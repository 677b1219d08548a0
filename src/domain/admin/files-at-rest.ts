/**
 * Switchboard's files that hold the data or secrets, checked at start: each one the group or others can open (left by
 * an older version, a copy, another tool) is named in a warning line. Switchboard creates them 0600
 * (platform/private-files.ts) but does not change the mode of a file it did not create.
 */
import { join } from 'node:path';
import type { Logger } from 'pino';
import { secretKeyFile, type Config } from '../../platform/config.ts';
import { sharedFiles } from '../../platform/private-files.ts';
import { backupDirOf } from './backup.ts';

/** Where the admin password generated on first start is kept. */
export function adminPasswordFile(dataDir: string): string {
  return join(dataDir, 'admin.password');
}

export function warnAboutSharedFiles(config: Config, logger: Logger): void {
  for (const { path, mode } of sharedFiles(privateFiles(config)))
    logger.warn(
      { file: path, mode },
      'this file holds data or secrets and the group or others can open it: chmod 600 it',
    );
}

function privateFiles(config: Config): string[] {
  const sqlite = config.database.startsWith('sqlite:') ? config.database.slice('sqlite:'.length) : undefined;
  return [
    ...(sqlite ? [sqlite, `${sqlite}-wal`, `${sqlite}-shm`] : []),
    secretKeyFile(config.dataDir),
    adminPasswordFile(config.dataDir),
    backupDirOf(config.dataDir),
  ];
}
