/**
 * The certificate and key files of `tls`: read and parsed once at start, so a missing, unreadable or non-PEM file,
 * or a key that is not the certificate's, is one line naming the key and the file instead of a stack.
 */
import { readFileSync } from 'node:fs';
import { createSecureContext } from 'node:tls';
import { ConfigError } from './config-error.ts';

export interface TlsFiles {
  cert: Buffer;
  key: Buffer;
}

export function readTlsFiles(tls: { cert: string; key: string }): TlsFiles {
  const cert = readPem('tls.cert', tls.cert, 'a PEM certificate', (pem) => createSecureContext({ cert: pem }));
  const key = readPem('tls.key', tls.key, 'a PEM private key', (pem) => createSecureContext({ key: pem }));
  try {
    createSecureContext({ cert, key });
  } catch (e) {
    throw new ConfigError(`tls.key: ${tls.key} is not the key of the certificate ${tls.cert} (${reason(e)})`);
  }
  return { cert, key };
}

function readPem(name: string, file: string, what: string, parse: (pem: Buffer) => unknown): Buffer {
  let pem: Buffer;
  try {
    pem = readFileSync(file);
  } catch (e) {
    throw new ConfigError(`${name}: cannot read ${file} (${reason(e)})`);
  }
  try {
    parse(pem);
  } catch (e) {
    throw new ConfigError(`${name}: ${file} is not ${what} (${reason(e)})`);
  }
  return pem;
}

/** OpenSSL's or the file system's words without the error number or the path again: "PEM routines::no start line". */
function reason(e: unknown): string {
  const message = (e as Error).message ?? String(e);
  return message
    .split('\n')[0]!
    .replace(/^error:[0-9A-F]+:/, '')
    .replace(/, \w+ '.*'$/, '');
}
