/** UDP load: `inFlight` outstanding datagrams kept in the air for `seconds`, round trips per second counted. */
import { createSocket } from 'node:dgram';

export async function udpLoad(port: number, payloads: Buffer[], options: { inFlight: number; seconds: number }): Promise<{ rtps: number; lost: number }> {
  const socket = createSocket('udp4');
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  let answered = 0;
  let sent = 0;
  let i = 0;
  const send = () => {
    sent++;
    socket.send(payloads[i++ % payloads.length]!, port, '127.0.0.1');
  };
  const end = performance.now() + options.seconds * 1000;
  const started = performance.now();
  await new Promise<void>((resolve) => {
    socket.on('message', () => {
      answered++;
      if (performance.now() < end) send();
      else if (answered >= sent - options.inFlight) resolve();
    });
    for (let k = 0; k < options.inFlight; k++) send();
    // Lost datagrams would stall the loop: top up and finish on time regardless.
    const watchdog = setInterval(() => {
      if (performance.now() >= end + 2000) { clearInterval(watchdog); resolve(); }
      else if (performance.now() < end && sent - answered < options.inFlight) send();
    }, 50);
  });
  socket.close();
  const elapsed = (Math.min(performance.now(), end) - started) / 1000;
  return { rtps: answered / elapsed, lost: sent - answered };
}
