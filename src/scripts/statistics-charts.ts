/**
 * Shows the chart areas (hidden without JavaScript, where the table stands alone) and loads Chart.js only
 * when a chart comes near the viewport.
 */
type Renderer = typeof import('./statistics-chart-render.ts');
let renderer: Promise<Renderer> | undefined;
const loadRenderer = () => (renderer ??= import('./statistics-chart-render.ts'));

function draw(box: HTMLElement): void {
  if (box.dataset.chartState) return;
  box.dataset.chartState = 'loading';
  loadRenderer()
    .then((module) => module.renderChart(box))
    .catch((error: unknown) => {
      // The table below carries the same numbers; hide the empty chart area.
      box.dataset.chartState = 'failed';
      box.hidden = true;
      console.error(error);
    });
}

export function setUpCharts(root: ParentNode = document): void {
  const boxes = [...root.querySelectorAll<HTMLElement>('[data-chart]')];
  if (boxes.length === 0) return;
  for (const box of boxes) box.hidden = false;
  if (!('IntersectionObserver' in window)) {
    boxes.forEach(draw);
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        draw(entry.target as HTMLElement);
      }
    },
    { rootMargin: '300px 0px' },
  );
  for (const box of boxes) observer.observe(box);
}

setUpCharts();
