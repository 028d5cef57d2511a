/**
 * Pagefind in a worker of our own (search-worker.ts), reached by messages: servePagefind runs in the worker,
 * openRemotePagefind on the page.
 *
 * Why not Pagefind's own worker: its page-side wrapper keeps a callback in its worker for every result of every
 * search, for result.data(), and releases each one by a message when the page's result object is garbage-collected.
 * At 50,000 records a search returns thousands of results, so one collection queued 75,000 release messages ahead of
 * the next search, which then waited 0.7–0.9 s (docs/search.md). The page never calls data(): what it shows comes
 * from the record table (records.ts). In a worker there is no window, so Pagefind runs in place there and starts no
 * worker of its own; only result ids and filter counts come back to the page.
 */
import type { Pagefind, PagefindSearch } from './engine.ts';

/** The instance that shows results (no filter index until a search filters), and the one that counts. */
export type InstanceName = 'results' | 'counter';

type Call =
  | { id: number; method: 'open'; url: string; options: Record<string, unknown> }
  | { id: number; method: 'search'; instance: InstanceName; args: Parameters<Pagefind['search']> }
  | { id: number; method: 'preload'; instance: InstanceName; args: [query: string] }
  | { id: number; method: 'filters'; instance: InstanceName; args: [] };
type Reply = { id: number; value?: unknown; error?: string };
/** Omit on each member of a union. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** A call as the page writes it; the id is added when it is sent. */
type CallWithoutId = DistributiveOmit<Call, 'id'>;

/** A worker, the worker's global scope, or a MessagePort (the tests). */
export interface Port {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

/** A Worker also reports a script that failed to load or threw. */
type WorkerLike = Port & { addEventListener(type: 'error', listener: (event: Event) => void): void };

/** The worker's side: answers calls with the Pagefind module that `importModule` loads from the bundle's URL. */
export function servePagefind(port: Port, importModule: (url: string) => Promise<Pagefind>): void {
  let results: Promise<Pagefind> | undefined;
  let counter: Promise<Pagefind> | undefined;
  let options: Record<string, unknown> = {};

  const instance = (name: InstanceName): Promise<Pagefind> => {
    if (!results) return Promise.reject(new Error('Pagefind is not open'));
    if (name === 'results') return results;
    // Every filter index loaded: Pagefind counts only the filters it has loaded.
    counter ??= results.then(async (pagefind) => {
      const created = pagefind.createInstance ? pagefind.createInstance(options) : pagefind;
      await created.filters();
      return created;
    });
    return counter;
  };

  const answer = async (call: Call): Promise<Reply> => {
    try {
      switch (call.method) {
        case 'open':
          options = call.options;
          results ??= importModule(call.url).then(async (pagefind) => {
            await pagefind.options(options);
            await pagefind.init?.();
            return pagefind;
          });
          await results;
          return { id: call.id, value: true };
        case 'filters':
          return { id: call.id, value: await (await instance(call.instance)).filters() };
        case 'preload':
          await (await instance(call.instance)).preload?.(...call.args);
          return { id: call.id };
        case 'search': {
          const found = await (await instance(call.instance)).search(...call.args);
          // Only what the page reads: the ids and the counts, not Pagefind's word locations.
          const value: PagefindSearch | null = found && { results: found.results.map(({ id }) => ({ id })), filters: found.filters };
          return { id: call.id, value };
        }
      }
    } catch (error) {
      return { id: call.id, error: error instanceof Error ? error.message : String(error) };
    }
  };

  port.addEventListener('message', (event) => {
    void answer(event.data as Call).then((reply) => port.postMessage(reply));
  });
}

export interface RemotePagefind {
  results: Pagefind;
  counter: Pagefind;
}

/**
 * The page's side: opens Pagefind from `url` in the worker behind `port` and returns the two instances. Rejects,
 * and so does every call after, if the worker cannot load Pagefind or fails.
 */
export async function openRemotePagefind(port: Port | WorkerLike, url: string, options: Record<string, unknown>): Promise<RemotePagefind> {
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let failure: Error | undefined;
  let next = 0;

  port.addEventListener('message', (event: MessageEvent) => {
    const reply = event.data as Reply;
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    if (reply.error !== undefined) waiting.reject(new Error(reply.error));
    else waiting.resolve(reply.value);
  });
  (port as WorkerLike).addEventListener('error', (event: Event) => {
    failure = new Error(`patent search worker failed: ${(event as ErrorEvent).message || event.type}`);
    for (const waiting of pending.values()) waiting.reject(failure);
    pending.clear();
  });

  const call = <T>(message: CallWithoutId): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (failure) return reject(failure);
      const id = next++;
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      port.postMessage({ ...message, id });
    });

  const remote = (instance: InstanceName): Pagefind => ({
    // Opened with its options already.
    options: async () => {},
    filters: () => call({ method: 'filters', instance, args: [] }),
    search: (...args) => call({ method: 'search', instance, args }),
    preload: (query) => call({ method: 'preload', instance, args: [query] }),
  });

  await call({ method: 'open', url, options });
  return { results: remote('results'), counter: remote('counter') };
}
