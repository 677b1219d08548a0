/**
 * /metrics under `serve --workers N`: whichever worker is asked answers for the whole fleet. The worker asks the
 * primary over the cluster's IPC channel; the primary gathers every worker's registry with prom-client's
 * AggregatorRegistry (counters and histograms summed, build and version info once) and hands the text back.
 */
import cluster from 'node:cluster';
import { AggregatorRegistry, type Registry } from 'prom-client';

const ASK = 'switchboard:metrics?';
const ANSWER = 'switchboard:metrics';
/** prom-client gives up on a silent worker after 5 s: a little longer, so that its reason is the one reported. */
const ANSWER_TIMEOUT_MS = 6_000;

interface Ask {
  type: typeof ASK;
  id: number;
}
interface Answer {
  type: typeof ANSWER;
  id: number;
  text?: string;
  error?: string;
}

// A worker answers the primary's gathering from the moment it loads, with nothing until its registry is set: one
// that has not answered makes the whole gathering wait for prom-client's 5 s timeout and fail.
if (cluster.isWorker) {
  AggregatorRegistry.setRegistries([]);
  new AggregatorRegistry();
}

/** In the primary: answers the workers' requests for the fleet's metrics. */
export function answerClusterMetrics(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on('message', (worker, message: Partial<Ask>) => {
    if (message?.type !== ASK) return;
    // The asking worker may have died meanwhile: a send with no callback would raise its failure as an error event.
    const reply = (answer: Omit<Answer, 'type' | 'id'>) =>
      worker.isConnected() && worker.send({ type: ANSWER, id: message.id, ...answer }, undefined, () => {});
    aggregator.clusterMetrics().then(
      (text) => reply({ text }),
      (err: Error) => reply({ error: err.message }),
    );
  });
}

/**
 * In a worker: offers registry to the primary's gathering, and answers the fleet's metrics text (this worker's
 * included) when asked.
 */
export function fleetMetrics(registry: Registry): () => Promise<string> {
  AggregatorRegistry.setRegistries(registry);
  const pending = new Map<number, (answer: Answer) => void>();
  let nextId = 0;
  process.on('message', (message: Partial<Answer>) => {
    if (message?.type === ANSWER) pending.get(message.id!)?.(message as Answer);
  });
  return () =>
    new Promise<string>((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(
        () => settle({ type: ANSWER, id, error: 'the primary did not answer' }),
        ANSWER_TIMEOUT_MS,
      );
      const settle = (answer: Answer) => {
        clearTimeout(timer);
        pending.delete(id);
        if (answer.text !== undefined) resolve(answer.text);
        else reject(new Error(`cannot gather the workers' metrics: ${answer.error}`));
      };
      pending.set(id, settle);
      process.send!({ type: ASK, id } satisfies Ask);
    });
}
