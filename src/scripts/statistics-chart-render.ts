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

/** A small tile: the series colour with white marks, so series differ by pattern as well as by colour. */
function pattern(style: SeriesStyle): CanvasPattern | string {
  const size = 12;
  const tile = document.createElement('canvas');
  tile.width = size;
  tile.height = size;
  const ctx = tile.getContext('2d');
  if (!ctx) return style.color;
  ctx.fillStyle = style.color;
  ctx.fillRect(0, 0, size, size);
  ctx.strokeStyle = '#ffffff';
  ctx.fillStyle = '#ffffff';
  ctx.lineWidth = 2;
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
  return ctx.createPattern(tile, 'repeat') ?? style.color;
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
  let chart: Chart | undefined;
  let layout: ChartLayout | undefined;
  const draw = () => {
    const next = chartLayout(spec, area.clientWidth);
    if (chart && layout && sameLayout(layout, next)) return;
    layout = next;
    chart?.destroy();
    // CSSOM, not a style attribute: allowed under a strict Content-Security-Policy.
    area.style.height = `${layout.height}rem`;
    chart = new Chart(canvas, chartConfig(spec, { fill, fontFamily: styles.fontFamily, textColor: styles.color }, layout));
  };
  draw();
  // Redraw only when the layout changes (a phone turned sideways), not on every resize.
  if ('ResizeObserver' in window) new ResizeObserver(() => draw()).observe(area);
  box.dataset.chartState = 'drawn';
}
