/**
 * Registers the service worker (/sw.js, written by the build: src/integration/service-worker.ts) through
 * workbox-window once the page has loaded, so its precache download never competes with the page. A page that
 * marks an element with data-defer-service-worker (the patent search) registers it itself, through
 * registerServiceWorker(), once its first search has finished and the browser is idle: its first query needs the
 * connection to itself.
 * When a new build's worker is installed and waiting, the page's update prompt (UpdatePrompt.astro) offers to
 * switch: nothing changes under the reader until they choose "Reload".
 * Only built sites have /sw.js: under `astro dev` a worker left from a preview on the same port is removed instead,
 * so it cannot serve stale files. (The check is on the mode, not PROD: builds run under NODE_ENV=test, as in the
 * tests, are still production builds.)
 */
import { Workbox } from 'workbox-window';
import { SERVICE_WORKER_URL } from '#src/utils/search/offline-contract.ts';

let registered = false;

/** Shows the prompt (if the page has one) while a new worker waits; "Reload" lets it take over, then reloads. */
function offerUpdate(workbox: Workbox): void {
  const prompt = document.querySelector<HTMLElement>('[data-update-prompt]');
  if (!prompt || !prompt.hidden) return;
  const reload = prompt.querySelector<HTMLButtonElement>('[data-update-action="reload"]')!;
  const dismiss = prompt.querySelector<HTMLButtonElement>('[data-update-action="dismiss"]')!;
  const close = () => {
    prompt.hidden = true;
    prompt.removeEventListener('keydown', onKey);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') close();
  };
  reload.disabled = false;
  reload.onclick = () => {
    reload.disabled = true;
    // The new worker takes control, then the page loads again under it.
    workbox.addEventListener('controlling', () => location.reload());
    workbox.messageSkipWaiting();
  };
  dismiss.onclick = close;
  prompt.addEventListener('keydown', onKey);
  prompt.hidden = false;
}

/** Registers the service worker, once per page; nothing in development or where there are no service workers. */
export function registerServiceWorker(): void {
  if (registered || !('serviceWorker' in navigator) || import.meta.env.MODE === 'development') return;
  registered = true;
  const workbox = new Workbox(SERVICE_WORKER_URL, { scope: '/' });
  // Also when another tab registered the new build, or it was already waiting when this page loaded.
  workbox.addEventListener('waiting', () => offerUpdate(workbox));
  workbox.register().catch(() => undefined);
}

if ('serviceWorker' in navigator) {
  if (import.meta.env.MODE === 'development') {
    void navigator.serviceWorker
      .getRegistrations()
      .then((registrations) => registrations.forEach((registration) => void registration.unregister()));
  } else if (!document.querySelector('[data-defer-service-worker]')) {
    window.addEventListener('load', registerServiceWorker);
  }
}
