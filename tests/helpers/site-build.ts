/**
 * The one build of the shipped data/ per test run, made by the `site` project's globalSetup
 * (shipped-site-setup.ts) with BUILD_DATE pinned to SHIPPED_BUILD_DATE. Tests only read it: writing into it or
 * deleting it would change what the other test files see.
 */
import { inject } from 'vitest';

export { SHIPPED_BUILD_DATE } from './shipped-site-setup.ts';

/** The shared build's out dir. */
export function shippedSiteDir(): string {
  const dir = inject('shippedSiteDir');
  if (!dir) throw new Error('No shared build of data/: run this file in the "site" Vitest project, whose globalSetup builds it');
  return dir;
}

/** The shared build's out dir, as a promise (the form tests used before the globalSetup). */
export async function buildShippedSiteOnce(): Promise<string> {
  return shippedSiteDir();
}

/** Nothing to do: the globalSetup removes the shared build after the run. Kept for tests that still call it. */
export async function releaseShippedSite(): Promise<void> {}
