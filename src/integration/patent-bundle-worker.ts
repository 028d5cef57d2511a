/**
 * Builds one language's patent bundle in a worker thread (see buildPatentIndex in pagefind.ts). A worker has its
 * own Pagefind service process, so the two languages are indexed at the same time (one service builds one index
 * at a time), and writing the pages and the record table happens off the main thread, where Astro renders.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { close } from 'pagefind';
import { buildLanguageBundle, type LanguageBundleTask } from './pagefind.ts';

const task = workerData as LanguageBundleTask;
try {
  const shards = await buildLanguageBundle(task.bundleDir, task.input, task.lang);
  parentPort!.postMessage({ shards });
} catch (error) {
  parentPort!.postMessage({ error: { name: (error as Error).name, message: (error as Error).message } });
} finally {
  await close();
}
