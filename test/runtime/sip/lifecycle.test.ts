// The SIP edge starts and stops with the server: the "accepting requests" log names its port, stop() frees UDP and
// TCP on it, a taken sip.port stops the start with a ListenError, and sip.port 0 opens nothing.
import { createSocket } from 'node:dgram';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { sqliteDatabase } from '../../support/databases.ts';
import { startTestServer } from '../../support/server.ts';
import { freeSipPort } from '../../sip/free-port.ts';
import { options, statusOf, udpPeer } from './sip-peers.ts';

const bindsUdp = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = createSocket('udp4');
    socket.once('error', () => resolve(false));
    socket.bind(port, '127.0.0.1', () => socket.close(() => resolve(true)));
  });

describe('SIP edge lifecycle', () => {
  it('logs its port, answers, and frees UDP and TCP on stop', async () => {
    const db = sqliteDatabase();
    const sipPort = await freeSipPort();
    const sb = await startTestServer(db, { sip: { port: sipPort } });
    try {
      const accepting = sb.logs.map((l) => JSON.parse(l)).find((l) => l.msg === 'switchboard accepting requests');
      expect(accepting).toMatchObject({ sipPort, sipWebSocket: '/mfstwebsock' });
      const peer = await udpPeer(sipPort);
      peer.send(options());
      expect(statusOf(await peer.next())).toBe('SIP/2.0 200 OK');
      peer.close();
    } finally {
      await sb.stop();
      await db.drop();
    }
    expect(await bindsUdp(sipPort)).toBe(true);
    const tcp = createServer();
    await new Promise<void>((resolve, reject) => tcp.once('error', reject).listen(sipPort, '127.0.0.1', resolve));
    tcp.close();
  });

  it('refuses to start on a taken sip.port, and opens nothing for sip.port 0', async () => {
    const db = sqliteDatabase();
    const sipPort = await freeSipPort();
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(sipPort, '127.0.0.1', resolve));
    try {
      await expect(startTestServer(db, { sip: { port: sipPort } })).rejects.toThrow(
        `cannot listen on SIP port 127.0.0.1:${sipPort}`,
      );
      const off = await startTestServer(db);
      expect(off.server.sip).toBeUndefined();
      await off.stop();
    } finally {
      taken.close();
      await db.drop();
    }
  });
});
