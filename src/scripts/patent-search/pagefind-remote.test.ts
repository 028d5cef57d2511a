import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { openRemoteSearch, serveSearch, type Port } from './pagefind-remote.ts';
import type { Searcher } from './search-core.ts';
import { emptyFilters } from './state.ts';
import type { BundleRef } from './types.ts';

const ports: MessagePort[] = [];
afterEach(() => {
  for (const port of ports.splice(0)) port.close();
});

function connect(open: (ref: BundleRef) => Searcher) {
  const { port1, port2 } = new MessageChannel();
  ports.push(port1, port2);
  serveSearch(port1 as unknown as Port, open);
  port1.start();
  port2.start();
  return port2 as unknown as Port;
}

const fakeSearcher = (log: string[]): Searcher => ({
  search: async (request) => {
    log.push(`search ${request.query}`);
    if (request.query === 'boom') throw new Error('index chunk failed');
    return { rows: Int32Array.from([2, 0]), counts: { ...emptyFilters(), field: { ict: 1 } } as never };
  },
  preload: async (query) => void log.push(`preload ${query}`),
});

describe('the search worker over messages', () => {
  it('opens the bundle once, and sends back rows and counts', async () => {
    const log: string[] = [];
    const refs: BundleRef[] = [];
    const port = connect((ref) => (refs.push(ref), fakeSearcher(log)));
    const remote = await openRemoteSearch(port, { bundle: '/pagefind-patents/ja/', buildId: 'b1' });
    expect(refs).toEqual([{ bundle: '/pagefind-patents/ja/', buildId: 'b1' }]);
    const found = await remote.search({ query: 'センサ', parts: null, filters: emptyFilters(), sort: 'relevance' });
    expect([...found.rows]).toEqual([2, 0]);
    expect(found.counts.field).toEqual({ ict: 1 });
    await remote.preload('モータ');
    expect(log).toEqual(['search センサ', 'preload モータ']);
  });

  it('reports a failed search as an error on the page and goes on answering', async () => {
    const remote = await openRemoteSearch(
      connect(() => fakeSearcher([])),
      { bundle: '/b/', buildId: undefined },
    );
    await expect(remote.search({ query: 'boom', parts: null, filters: emptyFilters(), sort: 'relevance' })).rejects.toThrow(
      'index chunk failed',
    );
    expect((await remote.search({ query: 'ok', parts: null, filters: emptyFilters(), sort: 'relevance' })).rows).toHaveLength(2);
  });

  it('refuses calls before the search is open', async () => {
    const port = connect(() => fakeSearcher([]));
    const reply = new Promise((resolve) => port.addEventListener('message', (event) => resolve(event.data)));
    port.postMessage({ id: 7, method: 'preload', query: 'x' });
    expect(await reply).toEqual({ id: 7, error: 'The patent search is not open' });
  });

  it('fails every waiting and later call when the worker itself fails', async () => {
    // A worker whose script never loaded: no answers, then an error event.
    const worker = new EventTarget() as EventTarget & Port;
    worker.postMessage = () => {};
    const opening = openRemoteSearch(worker, { bundle: '/b/', buildId: undefined });
    worker.dispatchEvent(Object.assign(new Event('error'), { message: 'script failed to load' }));
    await expect(opening).rejects.toThrow('patent search worker failed: script failed to load');
  });
});
