/** The server's name and version, as `version` answers it. */
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

export const SERVER_VERSION = `Switchboard ${pkg.version} (Node ${process.versions.node})`;
