/**
 * "Save patent search for offline use" (OfflineSave.astro, on /patents/search/ and /en/patents/search/).
 *
 * The build lists every file the patent search needs in each language's bundle, in
 * /pagefind-patents/<lang>/offline-manifest.json ({ buildId, bytes, files }). Saving downloads the page
 * language's files into a Cache Storage cache named after the language and the build id; the service worker
 * (src/integration/service-worker.ts) answers /pagefind-patents/* from those caches first, so search
 * and its filters work with the network off. A new build has a new id: its service worker deletes the caches of
 * older builds when it activates, and this control then offers to save the current version.
 *
 * The top of this module is pure (no DOM at import time). The cache names it shares with the service worker are in
 * src/utils/search/offline-contract.ts.
 */
import type { Lang } from '../i18n/locales.ts';
import { patentBundlePath, type OfflineManifest } from '../utils/search/patent-contract.ts';
import { manifestUrl, offlineCacheName, offlineCachePrefix, PATENT_PAGE_LIMIT } from '../utils/search/offline-contract.ts';

/**
 * The manifest is stored last, with this header, once every file is in the cache: a cache without it is an
 * interrupted download and does not count as saved.
 */
export const SAVED_AT_HEADER = 'x-inpit-saved-at';
/** localStorage: the build id last saved, so a copy the service worker has already deleted is still reported as old. */
const rememberedKey = (lang: Lang): string => `inpit-offline-patents-${lang}`;
/** Files downloaded at once. */
const PARALLEL = 6;

/**
 * The manifest of `lang`'s bundle if `value` is one (ids and paths are checked: they become cache names and URLs),
 * else undefined.
 */
export function parseManifest(value: unknown, lang: Lang): OfflineManifest | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { buildId, bytes, files } = value as Record<string, unknown>;
  if (typeof buildId !== 'string' || !/^[\w-]{1,64}$/u.test(buildId)) return undefined;
  if (typeof bytes !== 'number' || !Number.isSafeInteger(bytes) || bytes < 0) return undefined;
  if (!Array.isArray(files) || files.length === 0) return undefined;
  const valid = (file: unknown): file is string =>
    typeof file === 'string' &&
    file.startsWith(patentBundlePath(lang)) &&
    file !== manifestUrl(lang) &&
    !/(?:^|\/)\.\.?(?:\/|$)|[?#\\]/u.test(file);
  if (!files.every(valid) || new Set(files).size !== files.length) return undefined;
  return { buildId, bytes, files: [...files] };
}

/** "375 KB", "12.3 MB", "150 MB": decimal units, as file managers show them. */
export function formatFileSize(bytes: number): string {
  // The thresholds sit where rounding would otherwise print "1000 KB" or "100.0 MB".
  if (bytes < 999_500) return `${Math.round(bytes / 1e3)} KB`;
  if (bytes < 99_950_000) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${Math.round(bytes / 1e6)} MB`;
}

/** A download size as people read it: 「約 12.3 MB」, "about 12.3 MB". */
export function formatSize(bytes: number, lang: Lang): string {
  const amount = formatFileSize(Math.max(bytes, 1e3));
  return lang === 'ja' ? `約 ${amount}` : `about ${amount}`;
}

/** Whole percent done, 0–100; 100 only when everything is done. */
export function percentDone(done: number, total: number): number {
  if (total <= 0) return 100;
  if (done >= total) return 100;
  return Math.min(99, Math.max(0, Math.floor((done / total) * 100)));
}

/** A saved copy found in Cache Storage. */
export interface SavedCopy {
  buildId: string;
  /** false: the download did not finish. */
  complete: boolean;
  savedAt?: string | undefined;
}

export type OfflineState =
  /** The current version is saved. */
  | { kind: 'saved'; manifest: OfflineManifest; savedAt?: string | undefined }
  /** A copy of an older build is (or was) saved; the current one is not. */
  | { kind: 'stale'; manifest: OfflineManifest; oldCopy: boolean }
  | { kind: 'unsaved'; manifest: OfflineManifest }
  /** No manifest (offline, nothing saved): nothing can be saved now. */
  | { kind: 'unavailable' };

export function offlineState(
  manifest: OfflineManifest | undefined,
  copies: readonly SavedCopy[],
  remembered?: string | null,
): OfflineState {
  if (!manifest) return { kind: 'unavailable' };
  const current = copies.find((copy) => copy.complete && copy.buildId === manifest.buildId);
  if (current) return { kind: 'saved', manifest, savedAt: current.savedAt };
  const oldCopy = copies.some((copy) => copy.complete && copy.buildId !== manifest.buildId);
  if (oldCopy || (remembered && remembered !== manifest.buildId)) return { kind: 'stale', manifest, oldCopy };
  return { kind: 'unsaved', manifest };
}

export const MESSAGES = {
  unsaved: {
    ja: (size: string) =>
      `検索データ（${size}）をこの端末に保存すると、インターネットに接続していないときも開放特許を検索・絞り込みできます。`,
    en: (size: string) => `Save the search data (${size}) on this device to search and filter open patents without an internet connection.`,
  },
  saved: {
    ja: (size: string, date: string) =>
      `検索データ（${size}）をこの端末に保存しています${date ? `（${date}に保存）` : ''}。インターネットに接続していないときも検索・絞り込みできます。`,
    en: (size: string, date: string) =>
      `The search data (${size}) is saved on this device${date ? ` (saved ${date})` : ''}. You can search and filter without an internet connection.`,
  },
  stale: {
    ja: (size: string) => `この端末に保存した検索データは古い版です。最新の版（${size}）に更新してください。`,
    en: (size: string) => `The search data saved on this device is from an older version. Update it to the current version (${size}).`,
  },
  unavailable: {
    ja: () => 'インターネットに接続すると、検索データをこの端末に保存できます。',
    en: () => 'Connect to the internet to save the search data on this device.',
  },
  detailPages: {
    ja: `開放特許の詳細ページは、インターネットに接続しているときに開いたもの（最近の ${PATENT_PAGE_LIMIT} 件まで）をオフラインでも表示できます。`,
    en: `Patent detail pages you opened while online (up to the latest ${PATENT_PAGE_LIMIT}) can also be shown offline.`,
  },
  save: { ja: (size: string) => `この端末に保存（${size}）`, en: (size: string) => `Save on this device (${size})` },
  update: { ja: (size: string) => `最新の版に更新（${size}）`, en: (size: string) => `Update to the current version (${size})` },
  started: { ja: (size: string) => `保存を始めました（${size}）。`, en: (size: string) => `Saving started (${size}).` },
  progress: {
    ja: (percent: number, done: string, total: string) => `${percent} %（${done} / ${total}）`,
    en: (percent: number, done: string, total: string) => `${percent}% (${done} of ${total})`,
  },
  progressStatus: { ja: (percent: number) => `保存中：${percent} %`, en: (percent: number) => `Saving: ${percent}%` },
  done: {
    ja: '保存しました。インターネットに接続していないときも検索できます。',
    en: 'Saved. You can now search without an internet connection.',
  },
  cancelled: { ja: '保存を中止しました。', en: 'Saving was cancelled.' },
  failed: {
    ja: '保存できませんでした。インターネット接続を確かめて、もう一度お試しください。',
    en: 'The data could not be saved. Check your internet connection and try again.',
  },
  noSpace: {
    ja: (size: string) => `この端末の空き容量が足りないため保存できません（${size}必要です）。`,
    en: (size: string) => `There is not enough free space on this device (${size} needed).`,
  },
  removed: { ja: '保存した検索データを削除しました。', en: 'The saved search data was removed.' },
  removeFailed: { ja: '削除できませんでした。', en: 'The data could not be removed.' },
} as const;

/* ------------------------------------------------------------------------------------------------------------ */
/* Cache Storage                                                                                                 */
/* ------------------------------------------------------------------------------------------------------------ */

/** The saved copies of `lang`'s bundle in Cache Storage, complete or not. */
export async function savedCopies(lang: Lang): Promise<SavedCopy[]> {
  const names = (await caches.keys()).filter((name) => name.startsWith(offlineCachePrefix(lang)));
  return Promise.all(
    names.map(async (name) => {
      const marker = await (await caches.open(name)).match(manifestUrl(lang));
      return {
        buildId: name.slice(offlineCachePrefix(lang).length),
        complete: Boolean(marker),
        savedAt: marker?.headers.get(SAVED_AT_HEADER) ?? undefined,
      };
    }),
  );
}

/** Deletes every saved copy of `lang`'s bundle except `keep`'s. */
export async function removeCopies(lang: Lang, keep?: string): Promise<void> {
  const names = (await caches.keys()).filter(
    (name) => name.startsWith(offlineCachePrefix(lang)) && name !== (keep && offlineCacheName(keep, lang)),
  );
  await Promise.all(names.map((name) => caches.delete(name)));
}

export class NoSpaceError extends Error {
  override name = 'NoSpaceError';
}

/**
 * Downloads every file of the manifest into the build's cache, calling `progress(bytesDone)` as files arrive, and
 * stores the manifest last. Any failure (or abort) deletes the partial cache and rejects.
 */
export async function saveOffline(
  manifest: OfflineManifest,
  lang: Lang,
  progress: (done: number) => void,
  signal?: AbortSignal,
): Promise<void> {
  const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
  if (estimate?.quota !== undefined && estimate.usage !== undefined && estimate.quota - estimate.usage < manifest.bytes * 1.1)
    throw new NoSpaceError();
  // Asks the browser not to evict the data under storage pressure; where it says no, the data is kept as long as it can.
  await navigator.storage?.persist?.().catch(() => false);
  const name = offlineCacheName(manifest.buildId, lang);
  await caches.delete(name);
  try {
    const cache = await caches.open(name);
    let done = 0;
    const queue = [...manifest.files];
    const worker = async () => {
      for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
        signal?.throwIfAborted();
        // no-store: straight from the server (the service worker does not answer these from a cache).
        const response = await fetch(file, { cache: 'no-store', signal });
        if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
        const body = await response.arrayBuffer();
        await cache.put(
          file,
          new Response(body, { headers: { 'content-type': response.headers.get('content-type') ?? 'application/octet-stream' } }),
        );
        done += body.byteLength;
        progress(Math.min(done, manifest.bytes));
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL, queue.length) }, worker));
    signal?.throwIfAborted();
    const marker = new Response(JSON.stringify(manifest), {
      headers: { 'content-type': 'application/json', [SAVED_AT_HEADER]: new Date().toISOString() },
    });
    await cache.put(manifestUrl(lang), marker);
  } catch (error) {
    await caches.delete(name);
    throw error;
  }
  // The older copies are no longer needed (the new service worker deletes them too, when it activates).
  await removeCopies(lang, manifest.buildId);
}

/** The current manifest: from the server, or (offline) the one stored with a saved copy, via the service worker. */
async function loadManifest(lang: Lang): Promise<OfflineManifest | undefined | 'missing'> {
  try {
    const response = await fetch(manifestUrl(lang), { cache: 'no-cache' });
    if (response.status === 404) return 'missing';
    if (!response.ok) return undefined;
    return parseManifest(await response.json(), lang);
  } catch {
    return undefined;
  }
}

function remember(lang: Lang, buildId: string | undefined): void {
  try {
    if (buildId) localStorage.setItem(rememberedKey(lang), buildId);
    else localStorage.removeItem(rememberedKey(lang));
  } catch {
    // Storage may be disabled; the remembered id only improves a message.
  }
}

function remembered(lang: Lang): string | null {
  try {
    return localStorage.getItem(rememberedKey(lang));
  } catch {
    return null;
  }
}

/* ------------------------------------------------------------------------------------------------------------ */
/* The control                                                                                                   */
/* ------------------------------------------------------------------------------------------------------------ */

function formatDate(iso: string | undefined, lang: Lang): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', { year: 'numeric', month: 'long', day: 'numeric' }).format(date);
}

/** Wires one OfflineSave control. It stays hidden where there is no service worker (or no JavaScript). */
export async function mountOfflineSave(root: HTMLElement): Promise<void> {
  if (!('serviceWorker' in navigator) || !('caches' in window)) return;
  const lang: Lang = root.dataset.lang === 'en' ? 'en' : 'ja';
  const q = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const stateText = q<HTMLParagraphElement>('[data-offline-state]');
  const detailText = q<HTMLParagraphElement>('[data-offline-detail-pages]');
  const status = q<HTMLElement>('[data-offline-status]');
  const progressBox = q<HTMLElement>('[data-offline-progress]');
  const bar = q<HTMLProgressElement>('progress');
  const barText = q<HTMLElement>('[data-offline-progress-text]');
  const buttons = {
    save: q<HTMLButtonElement>('[data-offline-action="save"]'),
    cancel: q<HTMLButtonElement>('[data-offline-action="cancel"]'),
    remove: q<HTMLButtonElement>('[data-offline-action="remove"]'),
  };
  let state: OfflineState = { kind: 'unavailable' };
  let busy: AbortController | undefined;

  const announce = (message: string) => {
    status.textContent = message;
  };
  const heading = q<HTMLElement>('h2');
  /** Shows these buttons only. Focus on a button that disappears moves to `focus`, else the heading (never to <body>). */
  const show = (visible: Partial<Record<keyof typeof buttons, boolean>>, focus?: HTMLElement) => {
    const focused = root.contains(document.activeElement) ? document.activeElement : null;
    for (const [key, button] of Object.entries(buttons)) button.hidden = !visible[key as keyof typeof buttons];
    if (focused instanceof HTMLElement && focused.hidden) (focus ?? heading).focus();
  };

  const render = () => {
    detailText.textContent = MESSAGES.detailPages[lang];
    if (busy) return;
    progressBox.hidden = true;
    switch (state.kind) {
      case 'saved':
        stateText.textContent = MESSAGES.saved[lang](formatSize(state.manifest.bytes, lang), formatDate(state.savedAt, lang));
        show({ remove: true });
        break;
      case 'stale':
        stateText.textContent = MESSAGES.stale[lang](formatSize(state.manifest.bytes, lang));
        buttons.save.textContent = MESSAGES.update[lang](formatSize(state.manifest.bytes, lang));
        show({ save: true, remove: state.oldCopy });
        break;
      case 'unsaved':
        stateText.textContent = MESSAGES.unsaved[lang](formatSize(state.manifest.bytes, lang));
        buttons.save.textContent = MESSAGES.save[lang](formatSize(state.manifest.bytes, lang));
        show({ save: true });
        break;
      case 'unavailable':
        stateText.textContent = MESSAGES.unavailable[lang]();
        show({});
        break;
    }
    root.dataset.state = state.kind;
  };

  const refresh = async () => {
    const manifest = await loadManifest(lang);
    if (manifest === 'missing') {
      root.hidden = true;
      return;
    }
    state = offlineState(manifest, await savedCopies(lang), remembered(lang));
    render();
    root.hidden = false;
  };

  const setProgress = (done: number, total: number) => {
    const percent = percentDone(done, total);
    const text = MESSAGES.progress[lang](percent, formatFileSize(done), formatFileSize(total));
    bar.max = Math.max(total, 1);
    bar.value = Math.min(done, bar.max);
    bar.setAttribute('aria-valuetext', text);
    barText.textContent = text;
    return percent;
  };

  const save = async () => {
    if (busy || (state.kind !== 'unsaved' && state.kind !== 'stale')) return;
    const { manifest } = state;
    busy = new AbortController();
    root.dataset.state = 'saving';
    progressBox.hidden = false;
    setProgress(0, manifest.bytes);
    show({ cancel: true }, buttons.cancel);
    announce(MESSAGES.started[lang](formatSize(manifest.bytes, lang)));
    let announced = 0;
    try {
      await saveOffline(
        manifest,
        lang,
        (done) => {
          const percent = setProgress(done, manifest.bytes);
          // The live region hears every quarter, not every file.
          const quarter = Math.floor(percent / 25) * 25;
          if (quarter > announced && percent < 100) {
            announced = quarter;
            announce(MESSAGES.progressStatus[lang](quarter));
          }
        },
        busy.signal,
      );
      setProgress(manifest.bytes, manifest.bytes);
      remember(lang, manifest.buildId);
      busy = undefined;
      state = { kind: 'saved', manifest, savedAt: new Date().toISOString() };
      render();
      progressBox.hidden = false; // stays at 100 % until the next action
      announce(MESSAGES.done[lang]);
    } catch (error) {
      const aborted = busy?.signal.aborted;
      busy = undefined;
      await refresh();
      announce(
        aborted
          ? MESSAGES.cancelled[lang]
          : error instanceof NoSpaceError
            ? MESSAGES.noSpace[lang](formatSize(manifest.bytes, lang))
            : MESSAGES.failed[lang],
      );
    }
  };

  const remove = async () => {
    if (busy) return;
    try {
      await removeCopies(lang);
      remember(lang, undefined);
      await refresh();
      announce(MESSAGES.removed[lang]);
    } catch {
      announce(MESSAGES.removeFailed[lang]);
    }
  };

  buttons.save.addEventListener('click', () => void save());
  buttons.cancel.addEventListener('click', () => busy?.abort());
  buttons.remove.addEventListener('click', () => void remove());

  // Back online, the connection may need a moment before the service worker's requests go through.
  window.addEventListener('online', () => setTimeout(() => void (busy || refresh()), 1000));
  window.addEventListener('offline', () => void (busy || refresh()));

  // Offline data is only useful with the service worker that serves it: wait until one is active.
  await navigator.serviceWorker.ready;
  await refresh();
}
