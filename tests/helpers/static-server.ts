/** Moved to scripts/lib/static-server.ts (the benchmark and Lighthouse use it too); kept so tests written on other branches still import it. */
export { serveDirectory } from '../../scripts/lib/static-server.ts';
