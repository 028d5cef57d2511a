/** Draws one chart with Chart.js (loaded lazily by statistics-charts.ts). Only the parts used are registered. */
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PieController,
  PointElement,
  Tooltip,
  type Plugin,
} from 'chart.js';
import {
  chartConfig,
  chartLayout,
  seriesStyle,
  type ChartLayout,
  type ChartSpec,
  type SeriesStyle,
} from '../utils/statistics/chart-spec.ts';

Chart.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  PieController,
  ArcElement,
  CategoryScale,
  LinearScale,
  Tooltip,
);

/** A repeating square tile of `ground` with marks of `ink` drawn by `marks`; `ground` where canvas is unavailable. */
function tilePattern(size: number, ground: string, ink: string, marks: (ctx: CanvasRenderingContext2D) => void): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = size;
  tile.height = size;
  const ctx = tile.getContext('2d');
  if (!ctx) return ground;
  ctx.fillStyle = ground;
  ctx.fillRect(0, 0, size, size);
  ctx.strokeStyle = ink;
  ctx.fillStyle = ink;
  ctx.lineWidth = 2;
  marks(ctx);
  return ctx.createPattern(tile, 'repeat') ?? ground;
}

/** A small tile: the series colour with white marks, so series differ by pattern as well as by colour. */
function pattern(style: SeriesStyle): CanvasPattern | string {
  const size = 12;
  return tilePattern(size, style.color, '#ffffff', (ctx) => {
    const line = (x1: number, y1: number, x2: number, y2: number) => {
      ctx.beginPath();
      ctx.moveTo(x1, y1);
      ctx.lineTo(x2, y2);
      ctx.stroke();
    };
    switch (style.pattern) {
      case 'diagonal':
        line(0, size, size, 0);
        line(-size / 2, size / 2, size / 2, -size / 2);
        line(size / 2, size * 1.5, size * 1.5, size / 2);
        break;
      case 'dots':
        ctx.beginPath();
        ctx.arc(size / 4, size / 4, 1.8, 0, Math.PI * 2);
        ctx.arc((size * 3) / 4, (size * 3) / 4, 1.8, 0, Math.PI * 2);
        ctx.fill();
        break;
      case 'cross':
        line(0, 0, size, size);
        line(0, size, size, 0);
        break;
      case 'horizontal':
        line(0, size / 2, size, size / 2);
        break;
      case 'vertical':
        line(size / 2, 0, size / 2, size);
        break;
      default:
        break;
    }
  });
}

/** A planned bar: white ground with diagonal lines in the series colour, unlike every result fill. */
function plannedPattern(style: SeriesStyle): CanvasPattern | string {
  const size = 10;
  return tilePattern(size, '#ffffff', style.color, (ctx) => {
    for (const offset of [-size, 0, size]) {
      ctx.beginPath();
      ctx.moveTo(offset, size);
      ctx.lineTo(offset + size, 0);
      ctx.stroke();
    }
  });
}

/**
 * Writes 予定 / planned at the end of each planned bar, so the plan is named in the chart itself, not by the
 * pattern alone. The labels drawn are listed on the chart box (data-planned-labels) for tests and debugging.
 */
function plannedLabels(spec: ChartSpec, box: HTMLElement, color: string, fontFamily: string): Plugin {
  return {
    id: 'plannedLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      const horizontal = chart.options.indexAxis === 'y';
      const drawn: { text: string; x: number; y: number }[] = [];
      ctx.save();
      ctx.font = `700 13px ${fontFamily}`;
      ctx.fillStyle = color;
      spec.series.forEach((series, datasetIndex) => {
        const elements = chart.getDatasetMeta(datasetIndex).data;
        series.planned?.forEach((planned, index) => {
          const element = elements[index];
          if (!planned || !element) return;
          const { x, y } = element.getProps(['x', 'y'], true) as { x: number; y: number };
          ctx.textAlign = horizontal ? 'left' : 'center';
          ctx.textBaseline = horizontal ? 'middle' : 'bottom';
          const at = horizontal ? { x: x + 4, y } : { x, y: y - 4 };
          ctx.fillText(planned.word, at.x, at.y);
          drawn.push({ text: planned.word, x: Math.round(at.x), y: Math.round(at.y) });
        });
      });
      ctx.restore();
      box.dataset.plannedLabels = JSON.stringify(drawn);
    },
  };
}

const sameLayout = (a: ChartLayout, b: ChartLayout) =>
  a.horizontal === b.horizontal && a.height === b.height && JSON.stringify(a.labels) === JSON.stringify(b.labels);

export function renderChart(box: HTMLElement): void {
  const canvas = box.querySelector('canvas');
  const area = box.querySelector<HTMLElement>('.chart-area');
  const raw = box.dataset.chart;
  if (!canvas || !area || !raw) return;
  const spec = JSON.parse(raw) as ChartSpec;
  const styles = getComputedStyle(box);
  const fills = new Map<number, CanvasPattern | string>();
  const fill = (index: number) => {
    if (!fills.has(index)) fills.set(index, pattern(seriesStyle(index)));
    return fills.get(index)!;
  };
  const plannedFills = new Map<number, CanvasPattern | string>();
  const plannedFill = (index: number) => {
    if (!plannedFills.has(index)) plannedFills.set(index, plannedPattern(seriesStyle(index)));
    return plannedFills.get(index)!;
  };
  const hasPlanned = spec.series.some((s) => s.planned);
  let chart: Chart | undefined;
  let layout: ChartLayout | undefined;
  const draw = () => {
    const next = chartLayout(spec, area.clientWidth);
    if (chart && layout && sameLayout(layout, next)) return;
    layout = next;
    chart?.destroy();
    // CSSOM, not a style attribute: allowed under a strict Content-Security-Policy.
    area.style.height = `${layout.height}rem`;
    const config = chartConfig(spec, { fill, plannedFill, fontFamily: styles.fontFamily, textColor: styles.color }, layout);
    if (hasPlanned) config.plugins = [plannedLabels(spec, box, styles.color, styles.fontFamily)];
    chart = new Chart(canvas, config);
  };
  draw();
  // Redraw only when the layout changes (a phone turned sideways), not on every resize.
  if ('ResizeObserver' in window) new ResizeObserver(() => draw()).observe(area);
  box.dataset.chartState = 'drawn';
}
