/**
 * What a dataset's chart shows (built at build time, serialised into the page), and the Chart.js
 * configuration made from it in the browser. No Chart.js runtime here: only its types.
 */
import type { ChartConfiguration, PointStyle, TooltipItem } from 'chart.js';
import type { Statistic } from '#src/data/load.ts';
import { pick, type Lang } from '#src/i18n/locales.ts';
import { formatNumber } from '#src/utils/format.ts';
import { chartCategoryLines, formatWithUnit, seriesUnit, wrapText } from './labels.ts';
import { formatPlanned, plannedWord } from './planned.ts';

export type ChartKind = 'bar' | 'line' | 'pie';

export interface ChartSpec {
  kind: ChartKind;
  stacked: boolean;
  /** Bars run sideways for named categories, so long names get their own lines on the left. */
  horizontal: boolean;
  lang: Lang;
  /** Category labels, each as lines (2011年度 / （平成23年度）); long lines are wrapped to fit the screen. */
  labels: string[][];
  /** data holds results and planned figures; `planned` marks the latter with the word to draw (予定 / planned). */
  series: { label: string; unit: string; data: (number | null)[]; planned?: (PlannedPoint | null)[] }[];
  categoryTitle: string;
  valueTitle: string;
}

export interface PlannedPoint {
  /** Drawn beside the bar: 予定 / 計画 / planned. */
  word: string;
  /** For the tooltip: 20回（予定） / 20 sessions (planned). */
  text: string;
}

/** How a chart is laid out at a given width (computed in the browser, again when the width changes a lot). */
export interface ChartLayout {
  horizontal: boolean;
  labels: string[][];
  /** Height of the chart area in rem. */
  height: number;
  showCategoryTitle: boolean;
}

/** Below this width (px) bars run sideways, labels wrap shorter and the category title is left to the table. */
export const NARROW_WIDTH = 560;

export function chartLayout(spec: ChartSpec, width: number): ChartLayout {
  const narrow = width < NARROW_WIDTH;
  if (spec.kind === 'pie') return { horizontal: false, labels: spec.labels, height: narrow ? 18 : 22, showCategoryTitle: false };
  // On a phone, side-by-side columns get too thin to read: bars turn sideways, one row per category.
  const horizontal = spec.horizontal || (narrow && spec.kind === 'bar');
  const chars = horizontal ? (narrow ? 8 : 14) : 10;
  const labels = spec.labels.map((lines) => lines.flatMap((line) => wrapText(line, chars)));
  if (!horizontal) return { horizontal, labels, height: narrow ? 18 : 22, showCategoryTitle: true };
  const barsPerCategory = spec.stacked ? 1 : spec.series.length;
  // Each category needs room for its bars and for its label lines (rem per bar and per line of text).
  const perCategory = labels.map((lines) => Math.max(barsPerCategory * 1.6, lines.length * 1.3) + 1);
  const height = Math.min(56, Math.max(12, 5 + perCategory.reduce((a, b) => a + b, 0)));
  return { horizontal, labels, height: Math.round(height * 10) / 10, showCategoryTitle: !narrow };
}

/** undefined for chart: table (no chart). */
export function buildChartSpec(stat: Statistic, lang: Lang): ChartSpec | undefined {
  const { meta, rows } = stat;
  if (meta.chart === 'table') return undefined;
  const kind: ChartKind = meta.chart === 'stacked-bar' ? 'bar' : meta.chart;
  // A pie shows one series only; the table beside it has every column.
  const seriesIndexes = kind === 'pie' ? [0] : meta.series.map((_, i) => i);
  const horizontal = kind === 'bar' && meta.category.kind === 'category';
  const unit = pick(lang, meta.unit, meta.unit_en).text;
  return {
    kind,
    stacked: meta.chart === 'stacked-bar',
    horizontal,
    lang,
    labels: rows.map((row) => chartCategoryLines(meta.category.kind, row.category, lang)),
    series: seriesIndexes.map((i) => {
      const s = meta.series[i]!;
      const unit = seriesUnit(meta, i, lang).text;
      const planned = rows.map((row): PlannedPoint | null => {
        const plan = row.planned?.[i];
        return plan ? { word: plannedWord(plan, lang), text: formatPlanned(plan, lang, unit) } : null;
      });
      return {
        label: pick(lang, s.label, s.label_en).text,
        unit,
        data: rows.map((row) => row.values[i] ?? row.planned?.[i]?.value ?? null),
        ...(planned.some((p) => p !== null) ? { planned } : {}),
      };
    }),
    categoryTitle: pick(lang, meta.category.label, meta.category.label_en).text,
    valueTitle: lang === 'ja' ? `単位：${unit}` : `Unit: ${unit}`,
  };
}

export interface SeriesStyle {
  /** Solid colour for lines, borders and legend text markers. */
  color: string;
  /** Name of the fill pattern, so bars differ by more than colour. */
  pattern: (typeof PATTERNS)[number];
  dash: number[];
  point: PointStyle;
}

// Dark tones from the design tokens: each has at least 3:1 contrast against white (WCAG 1.4.11).
export const PALETTE = ['#0017c1', '#c74700', '#197a4b', '#6f23d0', '#006173', '#aa00aa'] as const;
export const PATTERNS = ['solid', 'diagonal', 'dots', 'cross', 'horizontal', 'vertical'] as const;
const DASHES = [[], [8, 4], [2, 3], [12, 4, 2, 4], [4, 4], [1, 6]];
const POINTS: PointStyle[] = ['circle', 'rect', 'triangle', 'rectRot', 'crossRot', 'star'];
/** The point shapes as characters, for the HTML legend of line charts. */
export const POINT_GLYPHS = ['●', '■', '▲', '◆', '✕', '★'] as const;

/** Legend entries: the series, or for a pie its slices (categories). Empty when one bar/line series needs none. */
export function legendItems(spec: ChartSpec): string[] {
  if (spec.kind === 'pie') return spec.labels.map((lines) => lines.join(''));
  return spec.series.length > 1 ? spec.series.map((s) => s.label) : [];
}

/** The legend line for planned bars, or undefined when the chart has none. */
export function plannedLegend(spec: ChartSpec): string | undefined {
  if (!spec.series.some((s) => s.planned)) return undefined;
  return spec.lang === 'ja'
    ? '白地に斜線の棒は予定・計画の数（実績ではありません）'
    : 'Bars with a white ground and diagonal lines are planned figures, not results';
}

export function seriesStyle(index: number): SeriesStyle {
  return {
    color: PALETTE[index % PALETTE.length]!,
    pattern: PATTERNS[index % PATTERNS.length]!,
    dash: DASHES[index % DASHES.length]!,
    point: POINTS[index % POINTS.length]!,
  };
}

export interface PaintOptions {
  /** Fill for series (or pie slice) `index`: a CanvasPattern in the browser, a colour in tests. */
  fill: (index: number) => string | CanvasPattern;
  /** Fill for a planned bar of series `index` (hatched on white); defaults to white. */
  plannedFill?: (index: number) => string | CanvasPattern;
  fontFamily?: string;
  textColor?: string;
  gridColor?: string;
}

export function numberFormatter(lang: Lang): (value: number) => string {
  return (value) => formatNumber(value, lang);
}

export function chartConfig(spec: ChartSpec, paint: PaintOptions, layout: ChartLayout = chartLayout(spec, 1024)): ChartConfiguration {
  const formatTick = numberFormatter(spec.lang);
  const textColor = paint.textColor ?? '#1a1a1c';
  const gridColor = paint.gridColor ?? '#d8d8db';
  const font = { family: paint.fontFamily ?? 'system-ui, sans-serif', size: 13 };
  const labels = layout.labels.map((lines) => (lines.length === 1 ? lines[0]! : lines));
  const tooltipLabel = (item: TooltipItem<'bar' | 'line' | 'pie'>) => {
    const series = spec.series[item.datasetIndex]!;
    const raw = typeof item.raw === 'number' ? item.raw : null;
    const label = spec.kind === 'pie' ? spec.labels[item.dataIndex]!.join('') : series.label;
    const planned = series.planned?.[item.dataIndex];
    return `${label}: ${planned ? planned.text : formatWithUnit(raw, series.unit, spec.lang)}`;
  };
  // The legend is HTML beside the canvas (StatChart.astro), so long series names wrap on small screens.
  const legend = { display: false };
  const common = {
    responsive: true,
    maintainAspectRatio: false,
    // No motion: easier on older office PCs and for people who find movement distracting.
    animation: false as const,
    plugins: { legend, tooltip: { callbacks: { label: tooltipLabel } } },
  };

  if (spec.kind === 'pie') {
    const [series] = spec.series;
    if (!series) throw new Error('A pie chart needs a series');
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- tsc needs it: the pie tooltip's item type is narrower than Chart.js's union
    return {
      type: 'pie',
      data: {
        labels,
        datasets: [
          {
            label: series.label,
            data: series.data,
            backgroundColor: series.data.map((_, i) => paint.fill(i)),
            borderColor: '#ffffff',
            borderWidth: 2,
          },
        ],
      },
      options: common,
    } as ChartConfiguration;
  }

  const valueAxis = {
    beginAtZero: true,
    stacked: spec.stacked,
    title: { display: true, text: spec.valueTitle, color: textColor, font },
    ticks: { color: textColor, font, callback: (value: number | string) => (typeof value === 'number' ? formatTick(value) : value) },
    grid: { color: gridColor },
  };
  const categoryAxis = {
    stacked: spec.stacked,
    title: { display: layout.showCategoryTitle, text: spec.categoryTitle, color: textColor, font },
    // Every label stays visible: skipping some would hide categories.
    ticks: { color: textColor, font, autoSkip: false, maxRotation: 0 },
    grid: { display: false },
  };
  const datasets = spec.series.map((series, index) => {
    const style = seriesStyle(index);
    if (spec.kind === 'line') {
      return {
        label: series.label,
        data: series.data,
        borderColor: style.color,
        backgroundColor: style.color,
        borderDash: style.dash,
        borderWidth: 3,
        pointStyle: style.point,
        pointRadius: 6,
        pointHoverRadius: 8,
        // A missing value is a gap in the line, never a fall to zero.
        spanGaps: false,
      };
    }
    // Planned bars: hatched on white with a dashed-looking thicker edge, labelled by the render script.
    const planned = series.planned;
    return {
      label: series.label,
      data: series.data,
      backgroundColor: planned
        ? planned.map((p) => (p ? (paint.plannedFill?.(index) ?? '#ffffff') : paint.fill(index)))
        : paint.fill(index),
      borderColor: style.color,
      borderWidth: planned ? planned.map((p) => (p ? 3 : 2)) : 2,
    };
  });
  // Room for the 予定 label drawn at the end of a planned bar.
  const hasPlanned = spec.series.some((s) => s.planned);
  return {
    type: spec.kind,
    data: { labels, datasets },
    options: {
      ...common,
      layout: { padding: hasPlanned ? (layout.horizontal ? { right: 64 } : { top: 20 }) : 0 },
      indexAxis: layout.horizontal ? 'y' : 'x',
      spanGaps: false,
      scales: layout.horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
    },
  } as ChartConfiguration;
}
