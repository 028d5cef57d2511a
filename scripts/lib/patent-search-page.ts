/** Driving the open-patent search page (/patents/search/) in Chromium, for the bench and the search-quality test alike. */
import type { Page } from 'playwright-core';

/**
 * Submits a query through the page's own form. `firstMs`: from submit to the first results on screen
 * (#patent-search[data-results] partial or done: the first 10, records.each); `ms`: to all of the page's results
 * rendered ([data-results=done]); `countsMs`: to the filter counts updated as well ([data-state=done]).
 */
export async function submitQuery(page: Page, query: string): Promise<{ firstMs: number; ms: number; countsMs: number; results: string }> {
  const outcome = await page.evaluate(async (typed) => {
    const root = document.getElementById('patent-search')!;
    const form = root.querySelector<HTMLFormElement>('form[data-search-form]')!;
    form.querySelector<HTMLInputElement>('input[name="q"]')!.value = typed;
    let firstShown = 0;
    let rendered = 0;
    const settled = new Promise<number>((done) => {
      const observer = new MutationObserver(() => {
        const results = root.dataset.results;
        if (!firstShown && (results === 'partial' || results === 'done')) firstShown = performance.now();
        if (!rendered && results === 'done') rendered = performance.now();
        if (root.dataset.state === 'done' || root.dataset.state === 'error') {
          observer.disconnect();
          done(performance.now());
        }
      });
      observer.observe(root, { attributes: true, attributeFilter: ['data-state', 'data-results'] });
    });
    const started = performance.now();
    form.requestSubmit();
    const ended = await settled;
    return {
      firstMs: (firstShown || rendered || ended) - started,
      ms: (rendered || ended) - started,
      countsMs: ended - started,
      state: root.dataset.state,
      results: document.getElementById('patent-result-count')?.textContent?.trim() ?? '',
    };
  }, query);
  if (outcome.state !== 'done') throw new Error(`search page ended in state ${outcome.state} for ${query}`);
  return { firstMs: outcome.firstMs, ms: outcome.ms, countsMs: outcome.countsMs, results: outcome.results };
}
