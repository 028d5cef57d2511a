import { getPriority } from 'node:os';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';

/** Runs lowerThreadPriority in a thread of its own and reports what that thread and the main thread then have. */
function inWorker(niceness: number): Promise<{ returned: number; thread: number }> {
  const module = new URL('./thread-priority.ts', import.meta.url).href;
  const code = `
    const { parentPort } = require('node:worker_threads');
    const { getPriority } = require('node:os');
    import(${JSON.stringify(module)}).then(({ lowerThreadPriority }) => {
      const returned = lowerThreadPriority(${niceness});
      parentPort.postMessage({ returned, thread: getPriority() });
    });`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true });
    worker.once('message', (message) => {
      resolve(message);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

describe.runIf(process.platform === 'linux')('lowerThreadPriority (Linux: a nice value per thread)', () => {
  it('lowers the calling thread only', async () => {
    const main = getPriority();
    const { returned, thread } = await inWorker(Math.min(main + 7, 19));
    expect(thread).toBe(Math.min(main + 7, 19));
    expect(returned).toBe(thread);
    expect(getPriority()).toBe(main);
  });

  it('never raises the priority', async () => {
    const main = getPriority();
    expect((await inWorker(main - 5)).thread).toBe(main);
  });
});
