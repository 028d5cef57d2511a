/** A search excerpt (src/utils/search/excerpt.ts) as a paragraph of text nodes and <mark>s: never parsed as HTML. */
import type { Excerpt } from '#src/utils/search/excerpt.ts';

export function excerptParagraph(excerpt: Excerpt, className?: string): HTMLParagraphElement {
  const paragraph = document.createElement('p');
  if (className) paragraph.className = className;
  if (excerpt.before) paragraph.append('…');
  for (const segment of excerpt.segments) {
    if (!segment.mark) paragraph.append(segment.text);
    else {
      const mark = document.createElement('mark');
      mark.textContent = segment.text;
      // Matched through a spelling variant: styled apart (a dotted underline) by the page.
      if (segment.variant) mark.className = 'variant';
      paragraph.append(mark);
    }
  }
  if (excerpt.after) paragraph.append('…');
  return paragraph;
}
