/**
 * JSON for a <script type="application/ld+json"> element. `<` becomes \u003c so no "</script>" or "<!--" in the
 * data can end the element early; > and & and the JavaScript line separators are escaped as well for good measure.
 * The result is still exactly the same JSON value. (The CSP allows such an element: it is a data block, never run.)
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</gu, '\\u003c')
    .replace(/>/gu, '\\u003e')
    .replace(/&/gu, '\\u0026')
    .replace(/\u2028/gu, '\\u2028')
    .replace(/\u2029/gu, '\\u2029');
}
