/**
 * The patent search worker (search-worker.ts), reached by messages: serveSearch runs in the worker,
 * openRemoteSearch on the page. Pagefind runs in the worker, in place, one instance per page.
 *
 * Why not Pagefind's own worker: its page-side wrapper keeps a callback in its worker for every result of every
 * search, for result.data(), and releases each one by a message when the page's result object is garbage-collected.
 * At 50,000 records a search returns thousands of results, so one collection queued 75,000 release messages ahead of
 * the next search, which then waited 0.7–0.9 s (docs/search.md). The page never calls data(): what it shows comes
 * from the record table (records.ts). Only rows and counts come back to the page.
 */
import type { Searcher } from './search-core.ts';
import type { BundleRef, SearchAnswer, SearchRequest } from './types.ts';

type Call =
  | { id: number; method: 'open'; ref: BundleRef }
  | { id: number; method: 'search'; request: SearchRequest }
  | { id: number; method: 'preload'; query: string };
type Reply = { id: number; value?: unknown; error?: string };
/** Omit on each member of a union. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** A call as the page writes it; the id is added when it is sent. */
type CallWithoutId = DistributiveOmit<Call, 'id'>;

/** A worker, the worker's global scope, or a MessagePort (the tests). */
export interface Port {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

/** A Worker also reports a script that failed to load or threw. */
type WorkerLike = Port & { addEventListener(type: 'error', listener: (event: Event) => void): void };

/** The worker's side: `open` makes the searcher for the bundle (once), and the other calls use it. */
export function serveSearch(port: Port, open: (ref: BundleRef) => Searcher): void {
  let searcher: Searcher | undefined;
  const opened = (): Searcher => {
    if (!searcher) throw new Error('The patent search is not open');
    return searcher;
  };

  const answer = async (call: Call): Promise<[Reply, Transferable[]]> => {
    try {
      switch (call.method) {
        case 'open':
          searcher ??= open(call.ref);
          return [{ id: call.id, value: true }, []];
        case 'preload':
          await opened().preload(call.query);
          return [{ id: call.id }, []];
        case 'search': {
          const value = await opened().search(call.request);
          return [{ id: call.id, value }, [value.rows.buffer]];
        }
      }
    } catch (error) {
      return [{ id: call.id, error: error instanceof Error ? error.message : String(error) }, []];
    }
  };

  port.addEventListener('message', (event) => {
    void answer(event.data as Call).then(([reply, transfer]) => port.postMessage(reply, transfer));
  });
}

export interface RemoteSearch {
  search(request: SearchRequest): Promise<SearchAnswer>;
  preload(query: string): Promise<void>;
}

/**
 * The page's side: opens the search for `ref` in the worker behind `port`. Rejects, and so does every call after,
 * if the worker fails.
 */
export async function openRemoteSearch(port: Port | WorkerLike, ref: BundleRef): Promise<RemoteSearch> {
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

  await call({ method: 'open', ref });
  return {
    search: (request) => call({ method: 'search', request }),
    preload: (query) => call({ method: 'preload', query }),
  };
}
