/**
 * The TLS port (`tls.port`): what the shared port speaks, over TLS. Once the handshake is done, the first bytes tell
 * HTTP (HTTPS, and secure WebSocket upgrades) from raw request lines, as on the shared port (serveByFirstBytes).
 */
import { createServer, type Server as TlsServer } from 'node:tls';
import type { TlsFiles } from '../../platform/tls-files.ts';
import { type Serve, serveByFirstBytes } from './shared-port.ts';

export function tlsPort(files: TlsFiles, serveHttp: Serve, serveRawLines: Serve): TlsServer {
  // Half-open, as on the shared port: a raw client may send its last line and close its side at once.
  return createServer({ ...files, allowHalfOpen: true }, (socket) =>
    serveByFirstBytes(socket, serveHttp, serveRawLines),
  );
}
