import { describe, expect, it } from 'vitest';
import { manifestUrl, OFFLINE_CACHE_PREFIX, offlineCacheName } from '#src/utils/search/offline-contract.ts';
import {
  formatFileSize as formatBytes,
  formatSize,
  MESSAGES,
  offlineState,
  parseManifest,
  percentDone,
  type SavedCopy,
} from './offline-save.ts';

const manifest = {
  buildId: '6fb001307303',
  bytes: 375_332,
  files: ['/pagefind-patents/ja/pagefind.js', '/pagefind-patents/ja/fragment/und_06d94e5.pf_fragment'],
};

describe('parseManifest', () => {
  it('accepts the manifest the build writes, as a copy', () => {
    const parsed = parseManifest(manifest, 'ja');
    expect(parsed).toEqual(manifest);
    expect(parsed?.files).not.toBe(manifest.files);
  });

  it.each([
    ['not an object', 'x'],
    ['null', null],
    ['no build id', { ...manifest, buildId: undefined }],
    ['a build id that is no cache name', { ...manifest, buildId: 'a/b' }],
    ['an empty build id', { ...manifest, buildId: '' }],
    ['negative bytes', { ...manifest, bytes: -1 }],
    ['fractional bytes', { ...manifest, bytes: 1.5 }],
    ['bytes as text', { ...manifest, bytes: '12' }],
    ['no files', { ...manifest, files: [] }],
    ['files not a list', { ...manifest, files: '/pagefind-patents/ja/pagefind.js' }],
    ['a file outside the bundle', { ...manifest, files: ['/pagefind/pagefind.js'] }],
    ['another origin', { ...manifest, files: ['https://cdn.example/pagefind-patents/x'] }],
    ['a path that climbs out', { ...manifest, files: ['/pagefind-patents/ja/../sw.js'] }],
    ['a query string', { ...manifest, files: ['/pagefind-patents/ja/pagefind-entry.json?ts=1'] }],
    ['the manifest itself', { ...manifest, files: [manifestUrl('ja')] }],
    ["the other language's bundle", { ...manifest, files: ['/pagefind-patents/en/pagefind.js'] }],
    ['a file twice', { ...manifest, files: ['/pagefind-patents/ja/pagefind.js', '/pagefind-patents/ja/pagefind.js'] }],
    ['a file that is not text', { ...manifest, files: [1] }],
  ])('rejects %s', (_label, value) => {
    expect(parseManifest(value, 'ja')).toBeUndefined();
  });
});

describe('formatSize', () => {
  it.each([
    [12_345_678, '約 12.3 MB', 'about 12.3 MB'],
    [375_332, '約 375 KB', 'about 375 KB'],
    [999_499, '約 999 KB', 'about 999 KB'],
    [999_500, '約 1.0 MB', 'about 1.0 MB'],
    [99_949_999, '約 99.9 MB', 'about 99.9 MB'],
    [99_950_000, '約 100 MB', 'about 100 MB'],
    [1_234_567_890, '約 1235 MB', 'about 1235 MB'],
    [0, '約 1 KB', 'about 1 KB'],
    [120, '約 1 KB', 'about 1 KB'],
  ])('%d bytes is %s / %s', (bytes, ja, en) => {
    expect(formatSize(bytes, 'ja')).toBe(ja);
    expect(formatSize(bytes, 'en')).toBe(en);
  });

  it('shows progress amounts without rounding small ones up', () => {
    expect(formatBytes(0)).toBe('0 KB');
    expect(formatBytes(2_500_000)).toBe('2.5 MB');
  });
});

describe('percentDone', () => {
  it.each([
    [0, 100, 0],
    [50, 100, 50],
    [99.9, 100, 99],
    [100, 100, 100],
    [150, 100, 100],
    [-5, 100, 0],
    [0, 0, 100],
  ])('%d of %d is %d %', (done, total, percent) => {
    expect(percentDone(done, total)).toBe(percent);
  });

  it('says 100 only when everything is there', () => {
    expect(percentDone(999_999, 1_000_000)).toBe(99);
  });
});

describe('offlineState', () => {
  const current: SavedCopy = { buildId: manifest.buildId, complete: true, savedAt: '2026-11-24T03:00:00.000Z' };
  const old: SavedCopy = { buildId: 'aaaaaaaaaaaa', complete: true };

  it('is unavailable without a manifest (offline, nothing saved)', () => {
    expect(offlineState(undefined, [old])).toEqual({ kind: 'unavailable' });
  });

  it('is saved when the current build is saved completely', () => {
    expect(offlineState(manifest, [old, current])).toEqual({ kind: 'saved', manifest, savedAt: current.savedAt });
  });

  it('is unsaved when nothing is, or only an interrupted download of the current build', () => {
    expect(offlineState(manifest, [])).toEqual({ kind: 'unsaved', manifest });
    expect(offlineState(manifest, [{ ...current, complete: false }])).toEqual({ kind: 'unsaved', manifest });
    expect(offlineState(manifest, [], manifest.buildId)).toEqual({ kind: 'unsaved', manifest });
  });

  it('is stale when an older build is saved, or was saved and has been deleted by the new service worker', () => {
    expect(offlineState(manifest, [old])).toEqual({ kind: 'stale', manifest, oldCopy: true });
    expect(offlineState(manifest, [], old.buildId)).toEqual({ kind: 'stale', manifest, oldCopy: false });
    expect(offlineState(manifest, [{ ...old, complete: false }], old.buildId)).toEqual({ kind: 'stale', manifest, oldCopy: false });
  });
});

describe('names and messages', () => {
  it('names the cache after the build', () => {
    expect(offlineCacheName('6fb001307303', 'ja')).toBe(`${OFFLINE_CACHE_PREFIX}ja-6fb001307303`);
    expect(offlineCacheName('6fb001307303', 'en')).toBe(`${OFFLINE_CACHE_PREFIX}en-6fb001307303`);
    expect(manifestUrl('ja')).toBe('/pagefind-patents/ja/offline-manifest.json');
    expect(manifestUrl('en')).toBe('/pagefind-patents/en/offline-manifest.json');
  });

  it('has every message in Japanese and English', () => {
    for (const [key, message] of Object.entries(MESSAGES)) {
      expect(Object.keys(message).sort(), key).toEqual(['en', 'ja']);
    }
    expect(MESSAGES.save.ja(formatSize(12_345_678, 'ja'))).toBe('この端末に保存（約 12.3 MB）');
    expect(MESSAGES.progress.ja(42, '1.2 MB', '3.0 MB')).toBe('42 %（1.2 MB / 3.0 MB）');
    expect(MESSAGES.progress.en(42, '1.2 MB', '3.0 MB')).toBe('42% (1.2 MB of 3.0 MB)');
  });
});
