/**
 * Builds one language's patent bundle in a worker thread (see buildInWorker in pagefind.ts): the pages, the
 * record table and the messages to Pagefind stay off the main thread, where Astro renders. It writes its pages,
 * waits for its turn with Pagefind, and ends its own Pagefind service before writing the record table, so the
 * next language can start.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { close } from 'pagefind';
import { buildLanguageBundle, type LanguageBundleTask, type WorkerMessage } from './pagefind.ts';

const task = workerData as LanguageBundleTask;
const port = parentPort!;
const send = (message: WorkerMessage) => port.postMessage(message);

const pagefindSlot = () =>
  new Promise<() => Promise<void>>((resolve) => {
    port.once('message', () =>
      resolve(async () => {
        await close();
        send({ type: 'indexed' });
      }),
    );
    send({ type: 'ready' });
  });

try {
  send({ type: 'done', shards: await buildLanguageBundle(task.bundleDir, task.input, task.lang, pagefindSlot) });
} catch (error) {
  send({ type: 'error', name: (error as Error).name, message: (error as Error).message });
} finally {
  await close();
}
