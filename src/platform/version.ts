/** The server's name and version, as `version` answers it. */
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

/** package.json's version. */
export const PACKAGE_VERSION = pkg.version;

export const SERVER_VERSION = `Switchboard ${PACKAGE_VERSION} (Node ${process.versions.node})`;
