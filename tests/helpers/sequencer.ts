/**
 * Vitest's sequencer for this suite: its usual order, then spread so that a browser test file runs while the
 * other worker takes the files without a browser (browser-spread.ts).
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { spreadBrowserFiles } from './browser-spread.ts';
import { fileUsesBrowser } from './browser-use.ts';

/** Guesses for a fresh clone, which has no times from a last run: seconds per file of each kind. */
const GUESS_SECONDS = { browser: 30, site: 10, unit: 0.5 };

export default class BrowserSpreadSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return spreadBrowserFiles(
      sorted.map((spec) => {
        // Unit files never start a browser (the slot's own test takes a slot of its own).
        const usesBrowser = spec.project.name === 'site' && fileUsesBrowser(spec.moduleId);
        const last = this.ctx.cache.getTestSpecificationResult(spec)?.duration;
        const guess = usesBrowser ? GUESS_SECONDS.browser : spec.project.name === 'site' ? GUESS_SECONDS.site : GUESS_SECONDS.unit;
        return { file: spec, usesBrowser, seconds: last === undefined ? guess : last / 1000 };
      }),
    );
  }
}
