/**
 * Builds the patent bundles in a worker thread (see buildPatentIndex in pagefind.ts): the pages, the record
 * tables and the messages to Pagefind stay off the main thread, where Astro renders.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { close } from 'pagefind';
import { buildPatentBundles, type PatentIndexInput, type WorkerMessage } from './pagefind.ts';

const { outputDir, input } = workerData as { outputDir: string; input: PatentIndexInput };
const send = (message: WorkerMessage) => parentPort!.postMessage(message);

try {
  send({ type: 'done', shards: await buildPatentBundles(outputDir, input) });
} catch (error) {
  send({ type: 'error', name: (error as Error).name, message: (error as Error).message });
} finally {
  await close();
}
