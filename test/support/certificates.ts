/** A self-signed certificate and its key, made by openssl in dir (NAME.pem, NAME-key.pem), for TLS tests. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export function selfSigned(dir: string, name = 'cert'): { cert: string; key: string } {
  const cert = join(dir, `${name}.pem`);
  const key = join(dir, `${name}-key.pem`);
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  return { cert, key };
}
