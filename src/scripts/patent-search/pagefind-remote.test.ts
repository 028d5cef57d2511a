import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import type { Pagefind } from './engine.ts';
import { openRemotePagefind, servePagefind, type Port } from './pagefind-remote.ts';

type Log = string[];

/** A Pagefind module whose calls are logged; createInstance gives a second instance, logged as "counter". */
function fakeModule(log: Log, name = 'results'): Pagefind {
  return {
    options: async (options) => void log.push(`${name}.options ${JSON.stringify(options)}`),
    init: async () => void log.push(`${name}.init`),
    filters: async () => {
      log.push(`${name}.filters`);
      return { field: { ict: 2 } };
    },
    preload: async (query) => void log.push(`${name}.preload ${query}`),
    search: async (query, options) => {
      log.push(`${name}.search ${query} ${JSON.stringify(options ?? {})}`);
      if (query === 'boom') throw new Error('index chunk failed');
      // Pagefind's results carry more than the id: none of it may cross to the page.
      const results = [
        { id: 'und_1', score: 3, words: [1, 2], data: async () => ({}) },
        { id: 'und_2', score: 1, words: [4], data: async () => ({}) },
      ];
      return { results, filters: { field: { ict: 1 } }, totalFilters: { field: { ict: 2 } } };
    },
    createInstance: (options) => {
      log.push(`createInstance ${JSON.stringify(options)}`);
      return fakeModule(log, 'counter');
    },
  };
}

const ports: MessagePort[] = [];
afterEach(() => {
  for (const port of ports.splice(0)) port.close();
});

function connect(importModule: (url: string) => Promise<Pagefind>) {
  const { port1, port2 } = new MessageChannel();
  ports.push(port1, port2);
  servePagefind(port1 as unknown as Port, importModule);
  port1.start();
  port2.start();
  return port2 as unknown as Port;
}

describe('Pagefind in the search worker', () => {
  it('opens the bundle once with the options, and sends back only result ids and counts', async () => {
    const log: Log = [];
    const urls: string[] = [];
    const port = connect(async (url) => {
      urls.push(url);
      return fakeModule(log);
    });
    const remote = await openRemotePagefind(port, '/pagefind-patents/ja/pagefind.js', {
      basePath: '/pagefind-patents/ja/',
      metaCacheTag: 'b1',
    });
    expect(urls).toEqual(['/pagefind-patents/ja/pagefind.js']);
    expect(log).toEqual(['results.options {"basePath":"/pagefind-patents/ja/","metaCacheTag":"b1"}', 'results.init']);

    const found = await remote.results.search('センサ', { filters: { field: { any: ['ict'] } } });
    expect(found).toEqual({ results: [{ id: 'und_1' }, { id: 'und_2' }], filters: { field: { ict: 1 } } });
    await remote.results.preload!('モータ');
    expect(log.slice(2)).toEqual(['results.search センサ {"filters":{"field":{"any":["ict"]}}}', 'results.preload モータ']);
  });

  it('makes the counting instance on first use, with every filter loaded before it searches', async () => {
    const log: Log = [];
    const remote = await openRemotePagefind(
      connect(async () => fakeModule(log)),
      '/b/pagefind.js',
      { basePath: '/b/' },
    );
    log.length = 0;
    expect(await remote.counter.filters()).toEqual({ field: { ict: 2 } });
    await remote.counter.search(null, { filters: {} });
    await remote.counter.search('x');
    expect(log).toEqual([
      'createInstance {"basePath":"/b/"}',
      'counter.filters',
      'counter.filters',
      'counter.search null {"filters":{}}',
      'counter.search x {}',
    ]);
  });

  it('reports a bundle that cannot be loaded, and a failed search, as errors on the page', async () => {
    await expect(
      openRemotePagefind(
        connect(() => Promise.reject(new Error('Failed to fetch pagefind.js'))),
        '/b/pagefind.js',
        {},
      ),
    ).rejects.toThrow('Failed to fetch pagefind.js');
    const remote = await openRemotePagefind(
      connect(async () => fakeModule([])),
      '/b/pagefind.js',
      {},
    );
    await expect(remote.results.search('boom')).rejects.toThrow('index chunk failed');
    // The worker goes on answering after a failure.
    expect((await remote.results.search('ok'))?.results).toHaveLength(2);
  });

  it('refuses calls before the bundle is open', async () => {
    const port = connect(async () => fakeModule([]));
    const reply = new Promise((resolve) => port.addEventListener('message', (event) => resolve(event.data)));
    port.postMessage({ id: 7, method: 'search', instance: 'results', args: ['x'] });
    expect(await reply).toEqual({ id: 7, error: 'Pagefind is not open' });
  });

  it('fails every waiting and later call when the worker itself fails', async () => {
    // A worker whose script never loaded: no answers, then an error event.
    const worker = new EventTarget() as EventTarget & Port;
    worker.postMessage = () => {};
    const opening = openRemotePagefind(worker, '/b/pagefind.js', {});
    worker.dispatchEvent(Object.assign(new Event('error'), { message: 'script failed to load' }));
    await expect(opening).rejects.toThrow('patent search worker failed: script failed to load');
  });
});
