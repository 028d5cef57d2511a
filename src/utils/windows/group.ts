/** The prefectural windows directory: windows grouped by the site's seven regions, in JIS prefecture order. */
import { findPrefecture, PREFECTURES, REGIONS, type Prefecture } from '#src/data/utils/prefectures.ts';

type Region = (typeof REGIONS)[number];

export interface PlacedWindow<W> {
  window: W;
  prefecture: Prefecture;
}

export interface RegionGroup<W> {
  region: Region;
  /** Anchor id of the region's section on the page. */
  anchor: string;
  windows: PlacedWindow<W>[];
  /** Prefectures of the region with no window in the data (shown as such, never silently dropped). */
  missing: Prefecture[];
}

export interface RegionDirectory<W> {
  groups: RegionGroup<W>[];
  /** Windows whose prefecture is not one of the 47 (cannot happen with validated data; kept visible if it does). */
  unplaced: W[];
}

export const regionAnchor = (regionId: string) => `region-${regionId}`;

export function groupByRegion<W extends { prefecture?: string | undefined; order?: number }>(windows: readonly W[]): RegionDirectory<W> {
  const placed: PlacedWindow<W>[] = [];
  const unplaced: W[] = [];
  for (const window of windows) {
    const prefecture = window.prefecture === undefined ? undefined : findPrefecture(window.prefecture);
    if (prefecture) placed.push({ window, prefecture });
    else unplaced.push(window);
  }
  placed.sort((a, b) => a.prefecture.code.localeCompare(b.prefecture.code) || (a.window.order ?? 0) - (b.window.order ?? 0));
  const covered = new Set(placed.map((p) => p.prefecture.code));
  const groups = REGIONS.map((region) => ({
    region,
    anchor: regionAnchor(region.id),
    windows: placed.filter((p) => p.prefecture.region === region.id),
    missing: PREFECTURES.filter((p) => p.region === region.id && !covered.has(p.code)),
  }));
  return { groups, unplaced };
}
