/** Baseline: a bare node:dgram echo, one process. */
import { createSocket } from 'node:dgram';

const socket = createSocket('udp4');
socket.on('message', (msg, rinfo) => socket.send(msg, rinfo.port, rinfo.address));
socket.bind(0, '127.0.0.1', () => console.log(`listening ${socket.address().port}`));
process.on('SIGTERM', () => socket.close(() => process.exit(0)));
