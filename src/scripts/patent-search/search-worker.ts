/**
 * The patent search's worker: Pagefind runs here, in place (pagefind-remote.ts says why).
 * The bundle's URL comes with the first message: a variable keeps Vite from bundling the index, which exists only
 * after the build.
 */
import type { Pagefind } from './engine.ts';
import { servePagefind } from './pagefind-remote.ts';

servePagefind(self, (url) => import(/* @vite-ignore */ url) as Promise<Pagefind>);
