/** Raw protocol peers for end-to-end tests: a TCP line client, a UDP client and a WebSocket client, all on loopback. */
import { createSocket } from 'node:dgram';
import { connect } from 'node:net';
import { WebSocket } from 'ws';

/**
 * Sends lines over one TCP connection and collects the answer to each (answers end with a newline; a multi-line answer
 * is read until a pause).
 */
export function tcpExchange(port: number, lines: string[], settleMs = 150): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    let received = '';
    let timer: NodeJS.Timeout | undefined;
    const finish = () => {
      socket.destroy();
      resolve(received);
    };
    socket.on('connect', () => socket.write(lines.map((l) => `${l}\r\n`).join('')));
    socket.on('data', (d) => {
      received += d.toString('utf8');
      clearTimeout(timer);
      timer = setTimeout(finish, settleMs);
    });
    socket.on('end', () => {
      clearTimeout(timer);
      finish();
    });
    socket.on('error', reject);
    setTimeout(finish, 5_000);
  });
}

export function udpExchange(port: number, payload: string | Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const socket = createSocket('udp4');
    const timer = setTimeout(() => {
      socket.close();
      reject(new Error('no UDP answer'));
    }, 5_000);
    socket.on('message', (msg) => {
      clearTimeout(timer);
      socket.close();
      resolve(msg);
    });
    socket.send(payload, port, '127.0.0.1');
  });
}

export function wsExchange(port: number, messages: string[]): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/mvstwebsock`);
    const answers: string[] = [];
    ws.on('open', () => {
      for (const m of messages) ws.send(m);
    });
    ws.on('message', (data) => {
      answers.push(data.toString());
      if (answers.length === messages.length) ws.close();
    });
    ws.on('close', () => resolve(answers));
    ws.on('error', reject);
  });
}
