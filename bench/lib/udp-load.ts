/** UDP load: `inFlight` outstanding datagrams kept in the air for `seconds`, round trips per second counted. */
import { createSocket } from 'node:dgram';

export async function udpLoad(
  port: number,
  payloads: Buffer[],
  options: { inFlight: number; seconds: number },
): Promise<{ rtps: number; lost: number }> {
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
    let answeredAtLastTick = 0;
    const finish = () => {
      clearInterval(watchdog);
      resolve();
    };
    socket.on('message', () => {
      answered++;
      if (performance.now() < end) send();
      // Time is up: wait for the answers still in the air; only those that never come are lost.
      else if (answered >= sent) finish();
    });
    for (let k = 0; k < options.inFlight; k++) send();
    // A lost datagram would leave one fewer in the air for good, and all of them lost would stall the loop: when
    // nothing came back for a tick, send another; give up on the missing ones 2 s after time is up.
    const watchdog = setInterval(() => {
      if (performance.now() >= end + 2000) finish();
      else if (performance.now() < end && answered === answeredAtLastTick) send();
      answeredAtLastTick = answered;
    }, 50);
  });
  socket.close();
  const elapsed = (Math.min(performance.now(), end) - started) / 1000;
  return { rtps: answered / elapsed, lost: sent - answered };
}
