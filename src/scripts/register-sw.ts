/**
 * Registers the service worker (/sw.js, written by the build: src/integration/service-worker.ts) once the page has
 * loaded, so its precache download never competes with the page. A page that marks an element with
 * data-defer-service-worker (the patent search) registers it itself, through registerServiceWorker(), once its
 * first search has finished and the browser is idle: its first query needs the connection to itself.
 * Only built sites have /sw.js: under `astro dev` a worker left from a preview on the same port is removed instead,
 * so it cannot serve stale files. (The check is on the mode, not PROD: builds run under NODE_ENV=test, as in the
 * tests, are still production builds.)
 */
export const SERVICE_WORKER_URL = '/sw.js';

let registered = false;

/** Registers the service worker, once per page; nothing in development or where there are no service workers. */
export function registerServiceWorker(): void {
  if (registered || !('serviceWorker' in navigator) || import.meta.env.MODE === 'development') return;
  registered = true;
  navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: '/' }).catch(() => undefined);
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
