/**
 * Short seminar lists (home page, seminars near me) re-checked against the visitor's clock (Tokyo date): an
 * ended session is hidden, and a list left empty shows its "what to do instead" text. Also re-dates "as of".
 */
import { formatDate } from '../utils/format.ts';
import { timingOf, tokyoDate } from '../utils/seminars/status.ts';

export function refreshLiveLists(root: Document = document, now: number = Date.now()): void {
  const today = tokyoDate(now);
  for (const list of root.querySelectorAll<HTMLElement>('[data-live-list]')) {
    const limit = Number(list.dataset.liveLimit) || Infinity;
    const items = [...list.querySelectorAll<HTMLElement>('[data-live-item]')];
    let visible = 0;
    for (const item of items) {
      const ahead = timingOf(item.dataset.seminarDate ?? '', today) === 'upcoming';
      item.hidden = !ahead || visible >= limit;
      if (!item.hidden) visible++;
    }
    const ul = list.querySelector<HTMLElement>('ul');
    if (ul) ul.hidden = visible === 0;
    const empty = list.querySelector<HTMLElement>('[data-live-empty]');
    if (empty) empty.hidden = visible > 0;
  }
  for (const stamp of root.querySelectorAll<HTMLTimeElement>('time[data-as-of]')) {
    if (stamp.dateTime === today) continue;
    stamp.dateTime = today;
    stamp.textContent = formatDate(today, root.documentElement.lang === 'en' ? 'en' : 'ja');
  }
}
