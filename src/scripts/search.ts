/** Mounts Pagefind's default UI; the search page is the only page that loads Pagefind. */
declare global {
  interface Window {
    PagefindUI?: new (options: Record<string, unknown>) => unknown;
  }
}

export function mountSearch(selector: string): void {
  if (!window.PagefindUI) return;
  new window.PagefindUI({ element: selector, showSubResults: true, translations: { placeholder: 'キーワードを入力 / Search' } });
}
