/**
 * /windows/: choose a prefecture and see its window above the table (name, phone, address with a map, hours).
 * The table row carries the data; the URL gets #pref-13 so the choice can be shared and survives a reload.
 */

interface PanelText {
  heading: { ja: string; en: string };
  phone: string;
  address: string;
  hours: string;
  none: string;
  map: string;
  navi: string;
  inTable: string;
  externalMark: string;
}

const ANCHOR = /^#pref-(\d{2})$/u;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function telHref(phone: string): string {
  const main = phone.replace(/[（(]?\s*(?:内線|ext\.?)\s*\d+\s*[）)]?/iu, '');
  const digits = main.normalize('NFKC').replace(/\D/gu, '');
  return `tel:${digits}`;
}

/** Fills `panel` with the windows of the prefecture `code`; returns false when the table has none. */
export function showPrefecture(root: Document, panel: HTMLElement, code: string): boolean {
  const text = JSON.parse(panel.dataset.text ?? '{}') as PanelText;
  const rows = [...root.querySelectorAll<HTMLTableRowElement>(`tr[data-prefecture="${code}"]`)];
  if (rows.length === 0) return false;
  const lang = root.documentElement.lang === 'en' ? 'en' : 'ja';
  panel.replaceChildren();
  const prefectureName = rows[0]!.dataset.prefectureName ?? '';
  const heading = element('h3', lang === 'ja' ? `${prefectureName}${text.heading.ja}` : prefectureName);
  heading.tabIndex = -1;
  panel.append(heading);
  for (const row of rows) {
    if (!row.dataset.name) {
      panel.append(element('p', text.none));
      continue;
    }
    panel.append(element('p', row.dataset.name, 'chosen-name'));
    const list = element('dl', undefined, 'fields');
    const add = (label: string, value: Node | string) => {
      list.append(element('dt', label));
      const dd = element('dd');
      dd.append(value);
      list.append(dd);
    };
    if (row.dataset.phone) {
      const wrap = element('span');
      const link = element('a', row.dataset.phone.normalize('NFKC'));
      link.href = telHref(row.dataset.phone);
      wrap.append(link);
      if (row.dataset.sharedPhone === 'true') wrap.append(element('span', ` ${text.navi}`, 'small'));
      else if (row.dataset.phoneAbroad) {
        // English: the +81 form or why the number cannot be called from abroad, as PhoneLink.astro (made at build time).
        const note = element('span', ` (${row.dataset.phoneAbroad}`, 'small');
        if (row.dataset.phoneIntl && row.dataset.phoneIntlHref) {
          const intl = element('a', row.dataset.phoneIntl);
          intl.href = row.dataset.phoneIntlHref;
          note.append(' ', intl);
        }
        note.append(')');
        wrap.append(note);
      }
      add(text.phone, wrap);
    } else add(text.phone, text.none);
    if (row.dataset.address) {
      const wrap = element('span', row.dataset.address);
      if (row.dataset.map) {
        const link = element('a', text.map);
        link.href = row.dataset.map;
        link.rel = 'noopener noreferrer';
        link.className = 'external';
        link.insertAdjacentHTML('beforeend', text.externalMark);
        wrap.append(element('br'), link);
      }
      add(text.address, wrap);
    } else add(text.address, text.none);
    add(text.hours, row.dataset.hours ?? text.none);
    panel.append(list);
  }
  const more = element('a', text.inTable);
  more.href = `#pref-${code}`;
  panel.append(element('p'));
  panel.lastElementChild!.append(more);
  return true;
}

export function initWindowChooser(root: Document = document): void {
  const form = root.querySelector<HTMLFormElement>('[data-window-chooser]');
  const panel = form?.querySelector<HTMLElement>('[data-chosen-window]');
  const select = form?.querySelector<HTMLSelectElement>('select');
  if (!form || !panel || !select) return;
  const choose = (code: string) => {
    if (!showPrefecture(root, panel, code)) return false;
    select.value = code;
    history.replaceState(null, '', `#pref-${code}`);
    panel.querySelector<HTMLElement>('h3')?.focus();
    return true;
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (select.value) choose(select.value);
  });
  // The prefecture links (the no-JavaScript path) show the same answer in place of a jump to the table.
  for (const link of root.querySelectorAll<HTMLAnchorElement>('nav.jump a[href^="#pref-"]')) {
    link.addEventListener('click', (event) => {
      const code = ANCHOR.exec(link.getAttribute('href') ?? '')?.[1];
      if (code && choose(code)) event.preventDefault();
    });
  }
  const fromUrl = ANCHOR.exec(location.hash)?.[1];
  if (fromUrl && [...select.options].some((o) => o.value === fromUrl)) {
    select.value = fromUrl;
    showPrefecture(root, panel, fromUrl);
  }
}
