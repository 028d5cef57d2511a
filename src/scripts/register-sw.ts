/**
 * Registers the service worker (/sw.js, written by the build: src/integration/service-worker.ts) once the page has
 * loaded, so its precache download never competes with the page. Only built sites have /sw.js: under `astro dev`
 * a worker left from a preview on the same port is removed instead, so it cannot serve stale files.
 * (The check is on the mode, not PROD: builds run under NODE_ENV=test, as in the tests, are still production builds.)
 */
export const SERVICE_WORKER_URL = '/sw.js';

if ('serviceWorker' in navigator) {
  if (import.meta.env.MODE === 'development') {
    void navigator.serviceWorker
      .getRegistrations()
      .then((registrations) => registrations.forEach((registration) => void registration.unregister()));
  } else {
    window.addEventListener('load', () => {
      navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: '/' }).catch(() => undefined);
    });
  }
}
