/// <reference lib="webworker" />
/** The checker's module worker: checks the chosen files off the page's thread and reports progress. */
import type { PublishedFacts } from '#src/data/load-files.ts';
import { PUBLISHED_URL, type CheckReply, type CheckRequest } from './messages.ts';
import { buildReport } from './report.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: CheckReply) => scope.postMessage(message);
let published: Promise<PublishedFacts> | undefined;

async function check(event: MessageEvent<CheckRequest>): Promise<void> {
  try {
    published ??= fetch(PUBLISHED_URL).then((response) => {
      if (!response.ok) throw new Error(`${PUBLISHED_URL}: HTTP ${response.status}`);
      return response.json() as Promise<PublishedFacts>;
    });
    const facts = await published;
    const { inputs, lang } = event.data;
    const reports = buildReport(inputs, facts, lang, (done, total) => reply({ type: 'progress', done, total }));
    reply({ type: 'result', reports });
  } catch (error) {
    published = undefined;
    reply({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}

scope.addEventListener('message', (event: MessageEvent<CheckRequest>) => void check(event));
