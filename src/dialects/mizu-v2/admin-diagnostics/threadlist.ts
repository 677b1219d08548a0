/** threadlist (001:L424, 002:L416): Show the thread list. */
import type { ThreadlistParams, ThreadlistResult } from '../../../../generated/mizu-v2/types.ts';
import type { MizuContext } from '../../mizu/context.ts';

export function threadlist(_params: ThreadlistParams, ctx: MizuContext): ThreadlistResult {
  const s = ctx.services;
  const jobs = s.activity
    .jobs()
    .map((j) => ({ id: j.id, name: `${j.name} (${j.source})`, state: j.state, started: j.started.toISOString() }));
  return {
    rows: [
      {
        id: 0,
        name: 'main thread: the event loop answering every request',
        state: 'running',
        started: s.startedAt.toISOString(),
      },
      ...jobs,
    ],
  };
}
