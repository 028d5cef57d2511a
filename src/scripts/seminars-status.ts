/**
 * Re-checks seminar status against the visitor's clock (Tokyo date), so a stale build never shows a past
 * seminar as open: relabels it, hides its registration link, and on lists moves its row to the past table.
 * Only ever moves upcoming → past; without JavaScript the build-time status stands.
 */
import { LIVE_STATUS_LABELS, countByTiming, liveStatus, timingOf, tokyoDate, type SeminarState } from '../utils/seminars/status.ts';

type Lang = 'ja' | 'en';
export const pageLang = (): Lang => (document.documentElement.lang === 'en' ? 'en' : 'ja');

const sectionCount = (n: number, lang: Lang) => (lang === 'ja' ? `（${n}件）` : `(${n})`);

/** Shows each list section's visible row count, or its "none" message when nothing is visible. */
export function refreshSections(list: ParentNode, lang: Lang = pageLang()): { upcoming: number; past: number } {
  const counts = { upcoming: 0, past: 0 };
  for (const section of list.querySelectorAll<HTMLElement>('[data-seminar-section]')) {
    const visible = [...section.querySelectorAll<HTMLElement>('tbody > tr')].filter((row) => !row.hidden).length;
    const kind = section.dataset.seminarSection === 'past' ? 'past' : 'upcoming';
    counts[kind] += visible;
    for (const count of section.querySelectorAll('[data-section-count]')) count.textContent = sectionCount(visible, lang);
    for (const table of section.querySelectorAll<HTMLElement>('[data-section-table]')) table.hidden = visible === 0;
    for (const empty of section.querySelectorAll<HTMLElement>('[data-section-empty]')) empty.hidden = visible > 0;
  }
  return counts;
}

/** Returns the ids of the seminars that turned out to be past. */
export function applyLiveStatus(root: Document = document, now: number = Date.now()): string[] {
  const today = tokyoDate(now);
  const lang = pageLang();
  const changed: HTMLElement[] = [];
  for (const element of root.querySelectorAll<HTMLElement>('[data-seminar-date]')) {
    const date = element.dataset.seminarDate ?? '';
    if (element.dataset.seminarTiming === 'past' || timingOf(date, today) === 'upcoming') continue;
    const status = liveStatus(
      {
        date,
        status: (element.dataset.seminarStatus ?? 'scheduled') as SeminarState,
        registration: element.dataset.seminarRegistration === 'true',
      },
      today,
    );
    element.dataset.seminarTiming = 'past';
    for (const label of element.querySelectorAll<HTMLElement>('[data-status-label]')) {
      label.textContent = LIVE_STATUS_LABELS[status][lang];
      label.dataset.liveStatus = status;
    }
    for (const block of element.querySelectorAll<HTMLElement>('[data-upcoming-only]')) block.hidden = true;
    for (const block of element.querySelectorAll<HTMLElement>('[data-past-only]')) block.hidden = false;
    changed.push(element);
  }
  moveRowsToPast(changed);
  for (const list of root.querySelectorAll('[data-seminar-list]')) refreshSections(list, lang);
  for (const counter of root.querySelectorAll<HTMLElement>('[data-count-dates]')) {
    const counts = countByTiming((counter.dataset.countDates ?? '').split(' ').filter(Boolean), today);
    counter.textContent = String(counter.dataset.countTiming === 'past' ? counts.past : counts.upcoming);
  }
  return changed.map((element) => element.id).filter(Boolean);
}

/** Rows arrive soonest first; prepending each in turn leaves the past table most recent first. */
function moveRowsToPast(elements: HTMLElement[]): void {
  for (const row of elements) {
    if (!(row instanceof HTMLTableRowElement)) continue;
    const target = row.closest('[data-seminar-list]')?.querySelector('[data-seminar-section="past"] tbody');
    if (target && row.parentElement !== target) target.prepend(row);
  }
}
