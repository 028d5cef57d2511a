import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  NARROW_WIDTH,
  PALETTE,
  PATTERNS,
  buildChartSpec,
  chartConfig,
  chartLayout,
  legendItems,
  plannedLegend,
  seriesStyle,
} from './chart-spec.ts';
import { makeStat, openPatents, plannedSeminars } from './fixtures.ts';

const paint = { fill: (i: number) => `fill-${i}` };

/** Relative luminance contrast against white (WCAG 2.x). */
function contrastWithWhite(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return 1.05 / (l + 0.05);
}

describe('buildChartSpec', () => {
  it('returns nothing for chart: table', () => {
    expect(buildChartSpec(makeStat({ chart: 'table' }, [['2014', 1]]), 'ja')).toBeUndefined();
  });

  it('keeps null as null in the data and labels fiscal years with 和暦 on two lines', () => {
    const stat = makeStat({}, [
      ['2014', 5],
      ['2015', null],
      ['2016', 0],
    ]);
    const spec = buildChartSpec(stat, 'ja')!;
    expect(spec.kind).toBe('bar');
    expect(spec.series[0]!.data).toEqual([5, null, 0]);
    expect(spec.labels[0]).toEqual(['2014年度', '（平成26年度）']);
    expect(spec.valueTitle).toBe('単位：件');
    expect(buildChartSpec(stat, 'en')!.valueTitle).toBe('Unit: records');
    expect(buildChartSpec(stat, 'en')!.labels[0]).toEqual(['FY2014']);
  });

  it('keeps category names whole in the spec; the layout wraps them', () => {
    const categories = { column: 'c', kind: 'category' as const, label: '窓口' };
    const spec = buildChartSpec(makeStat({ category: categories }, [['営業秘密・知財戦略相談窓口（H27.2.2〜6.30）', 1]]), 'ja')!;
    expect(spec.labels).toEqual([['営業秘密・知財戦略相談窓口（H27.2.2〜6.30）']]);
    expect(spec.horizontal).toBe(true);
  });
});

describe('planned figures in the chart', () => {
  it('draws the plan as a bar, marked with its word and text, and says so in the legend', () => {
    const ja = buildChartSpec(plannedSeminars, 'ja')!;
    expect(ja.series[1]!.data).toEqual([9, 20]);
    expect(ja.series[1]!.planned).toEqual([null, { word: '計画', text: '20箇所以上（計画）' }]);
    expect(ja.series[0]!.planned).toBeUndefined();
    expect(plannedLegend(ja)).toContain('実績ではありません');
    const en = buildChartSpec(plannedSeminars, 'en')!;
    expect(en.series[1]!.planned![1]).toEqual({ word: 'planned', text: '20 locations or more (planned)' });
    expect(plannedLegend(buildChartSpec(openPatents, 'ja')!)).toBeUndefined();
  });

  it('fills planned bars apart from results, with a thicker border, room for the label and the plan in the tooltip', () => {
    const spec = buildChartSpec(plannedSeminars, 'ja')!;
    const config = chartConfig(spec, { fill: (i) => `fill-${i}`, plannedFill: (i) => `planned-${i}` });
    const [sessions, locations] = config.data.datasets as { backgroundColor: unknown; borderWidth: unknown }[];
    expect(sessions!.backgroundColor).toBe('fill-0');
    expect(locations!.backgroundColor).toEqual(['fill-1', 'planned-1']);
    expect(locations!.borderWidth).toEqual([2, 3]);
    expect(config.options?.layout?.padding).toEqual({ top: 20 });
    const label = (config.options?.plugins?.tooltip?.callbacks?.label as unknown as (item: object) => string)({
      datasetIndex: 1,
      dataIndex: 1,
      raw: 20,
    });
    expect(label).toBe('開催箇所数: 20箇所以上（計画）');
  });
});

describe('chartLayout', () => {
  const categories = { column: 'c', kind: 'category' as const, label: '窓口' };
  const few = buildChartSpec(
    makeStat({ category: categories }, [
      ['A', 1],
      ['B', 2],
    ]),
    'ja',
  )!;
  const many = buildChartSpec(
    makeStat(
      { category: categories },
      Array.from({ length: 12 }, (_, i) => [`C${i}`, i] as [string, number]),
    ),
    'ja',
  )!;

  it('lays named categories out sideways and grows with the number of bars', () => {
    expect(chartLayout(few, 1000).horizontal).toBe(true);
    expect(chartLayout(many, 1000).height).toBeGreaterThan(chartLayout(few, 1000).height);
    expect(chartLayout(many, 1000).height).toBeLessThanOrEqual(56);
  });

  it('keeps years as columns on wide screens and turns bars sideways on phones', () => {
    const spec = buildChartSpec(openPatents, 'ja')!;
    expect(chartLayout(spec, NARROW_WIDTH)).toMatchObject({ horizontal: false, showCategoryTitle: true });
    const phone = chartLayout(spec, 300);
    expect(phone).toMatchObject({ horizontal: true, showCategoryTitle: false });
    expect(phone.labels[0]).toEqual(['2011年度', '（平成23年度）']);
    // 4 years × 3 series of bars need more room than the default column chart.
    expect(phone.height).toBeGreaterThan(22);
    const line = buildChartSpec({ ...openPatents, meta: { ...openPatents.meta, chart: 'line' } }, 'ja')!;
    expect(chartLayout(line, 300).horizontal).toBe(false);
  });

  it('wraps long labels shorter on narrow screens', () => {
    const spec = buildChartSpec(makeStat({ category: categories }, [['（参考）知財総合支援窓口（H26年度・営業秘密関係）', 2033]]), 'ja')!;
    const wide = chartLayout(spec, 1000).labels[0]!;
    const narrow = chartLayout(spec, 320).labels[0]!;
    expect(narrow.length).toBeGreaterThan(wide.length);
    for (const line of narrow) expect(line.length).toBeLessThanOrEqual(9);
    expect(narrow.join('')).toBe('（参考）知財総合支援窓口（H26年度・営業秘密関係）');
  });
});

describe('legendItems', () => {
  it('lists series for several series, none for one, and slices for a pie', () => {
    expect(legendItems(buildChartSpec(openPatents, 'en')!)).toEqual(['New registrations', 'Deletions', 'Listed records']);
    expect(legendItems(buildChartSpec(makeStat({}, [['2014', 1]]), 'en')!)).toEqual([]);
    const pie = buildChartSpec({ ...openPatents, meta: { ...openPatents.meta, chart: 'pie' } }, 'en')!;
    expect(legendItems(pie)).toEqual(['FY2011', 'FY2012', 'FY2013', 'FY2014']);
  });

  it('uses the same colours in the HTML legend as in the chart', () => {
    // Whitespace collapsed: the formatter puts each selector on its own line.
    const css = readFileSync(new URL('../../components/statistics/StatChart.astro', import.meta.url), 'utf8').replace(/\s+/gu, ' ');
    PALETTE.forEach((colour, i) => expect(css).toContain(`.fill-${i}, .line-${i} { --c: ${colour}; }`));
    expect(PATTERNS[0]).toBe('solid');
  });
});

describe('buildChartSpec (chart types)', () => {
  it('maps stacked-bar and pie (one series)', () => {
    const stacked = buildChartSpec({ ...openPatents, meta: { ...openPatents.meta, chart: 'stacked-bar' } }, 'en')!;
    expect(stacked).toMatchObject({ kind: 'bar', stacked: true });
    const pie = buildChartSpec({ ...openPatents, meta: { ...openPatents.meta, chart: 'pie' } }, 'en')!;
    expect(pie.kind).toBe('pie');
    expect(pie.series).toHaveLength(1);
  });
});

describe('chartConfig', () => {
  it('makes a bar chart with patterned fills, solid borders and null gaps (never 0 bars)', () => {
    const spec = buildChartSpec(
      makeStat({}, [
        ['2014', 5],
        ['2015', null],
      ]),
      'ja',
    )!;
    const config = chartConfig(spec, paint);
    expect(config.type).toBe('bar');
    const dataset = config.data.datasets[0]!;
    expect(dataset.data).toEqual([5, null]);
    expect(dataset.backgroundColor).toBe('fill-0');
    expect(dataset.borderColor).toBe(PALETTE[0]);
    expect((config.options as { spanGaps?: boolean }).spanGaps).toBe(false);
    expect(config.options?.animation).toBe(false);
    expect(config.options?.indexAxis).toBe('x');
  });

  it('gives line series different dashes and point shapes and never spans gaps', () => {
    const stat = { ...openPatents, meta: { ...openPatents.meta, chart: 'line' as const } };
    const config = chartConfig(buildChartSpec(stat, 'en')!, paint);
    const datasets = config.data.datasets as { spanGaps?: boolean; borderDash?: number[]; pointStyle?: string }[];
    expect(datasets.every((d) => d.spanGaps === false)).toBe(true);
    expect(new Set(datasets.map((d) => JSON.stringify(d.borderDash))).size).toBe(3);
    expect(new Set(datasets.map((d) => d.pointStyle)).size).toBe(3);
  });

  it('stacks both axes for stacked bars; the legend is HTML, not drawn in the canvas', () => {
    const stacked = chartConfig(buildChartSpec({ ...openPatents, meta: { ...openPatents.meta, chart: 'stacked-bar' } }, 'ja')!, paint);
    const scales = stacked.options?.scales as Record<string, { stacked?: boolean }>;
    expect(scales.x!.stacked).toBe(true);
    expect(scales.y!.stacked).toBe(true);
    expect(stacked.options?.plugins?.legend?.display).toBe(false);
  });

  it('follows the layout: sideways bars swap the axes and wrapped labels are used', () => {
    const spec = buildChartSpec(openPatents, 'en')!;
    const config = chartConfig(spec, paint, chartLayout(spec, 300));
    expect(config.options?.indexAxis).toBe('y');
    const scales = config.options?.scales as Record<string, { title?: { text?: string; display?: boolean } }>;
    expect(scales.x!.title!.text).toBe('Unit: records');
    expect(scales.y!.title!.display).toBe(false);
  });

  it('formats tooltips with the unit, and "no data" for null', () => {
    const config = chartConfig(buildChartSpec(makeStat({}, [['2014', 35493]]), 'ja')!, paint);
    const label = config.options?.plugins?.tooltip?.callbacks?.label as unknown as (item: object) => string;
    expect(label({ datasetIndex: 0, dataIndex: 0, raw: 35493 })).toBe('データベース掲載件数: 35,493件');
    expect(label({ datasetIndex: 0, dataIndex: 0, raw: null })).toBe('データベース掲載件数: データなし');
  });

  it('uses colours with at least 3:1 contrast against white and distinct patterns', () => {
    for (const colour of PALETTE) expect(contrastWithWhite(colour)).toBeGreaterThanOrEqual(3);
    const patterns = PALETTE.map((_, i) => seriesStyle(i).pattern);
    expect(new Set(patterns).size).toBe(PALETTE.length);
  });
});
