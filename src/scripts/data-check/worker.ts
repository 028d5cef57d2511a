/// <reference lib="webworker" />
/** The checker's module worker: checks the chosen files off the page's thread and reports progress. */
import { DATA_PREFIX } from '#src/data/check-files.ts';
import { formatDataFile } from '#src/data/format-file.ts';
import type { PublishedFacts } from '#src/data/load-files.ts';
import { PUBLISHED_URL, type CheckReply, type CheckRequest } from './messages.ts';
import { buildReport } from './report.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: CheckReply) => scope.postMessage(message);
let published: Promise<PublishedFacts> | undefined;

async function handle(event: MessageEvent<CheckRequest>): Promise<void> {
  const request = event.data;
  try {
    if (request.type === 'format') {
      reply({ type: 'formatted', path: request.path, file: format(request.path, request.bytes) });
      return;
    }
    published ??= fetch(PUBLISHED_URL).then((response) => {
      if (!response.ok) throw new Error(`${PUBLISHED_URL}: HTTP ${response.status}`);
      return response.json() as Promise<PublishedFacts>;
    });
    const facts = await published;
    const reports = buildReport(request.inputs, facts, request.lang, (done, total) => reply({ type: 'progress', done, total }));
    reply({ type: 'result', reports });
  } catch (error) {
    if (request.type === 'check') published = undefined;
    reply({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}

/** The same function as npm run data:format (with no committed version to keep a BOM from, as for a new file). */
function format(path: string, bytes: Uint8Array) {
  try {
    return formatDataFile(path.slice(DATA_PREFIX.length), bytes);
  } catch {
    // A file the CSV parser cannot read to the end (an unclosed quote): the check shows why.
    return undefined;
  }
}

scope.addEventListener('message', (event: MessageEvent<CheckRequest>) => void handle(event));
