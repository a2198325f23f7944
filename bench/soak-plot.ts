/**
 * The soak's plot as SVG, written without a charting library: three panels over the same time
 * axis — throughput, p99 latency, and resident memory per process — one line per series.
 */
export interface Series {
  readonly name: string;
  readonly points: readonly (readonly [number, number])[];
}

export interface Panel {
  readonly title: string;
  readonly unit: string;
  readonly series: readonly Series[];
}

const WIDTH = 900;
const PANEL_HEIGHT = 220;
const MARGIN = { left: 70, right: 170, top: 30, bottom: 30 };
const COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#17becf'];

const escape = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

function panel(spec: Panel, top: number, maxX: number): string {
  const finite = spec.series.flatMap((series) => series.points.map(([, y]) => y)).filter(Number.isFinite);
  const maxY = Math.max(1, ...finite) * 1.1;
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = PANEL_HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (value: number): number => MARGIN.left + (value / Math.max(1, maxX)) * plotWidth;
  const y = (value: number): number => top + MARGIN.top + plotHeight - (value / maxY) * plotHeight;
  const parts = [
    `<text x="${MARGIN.left}" y="${top + 18}" font-weight="bold">${escape(spec.title)} (${escape(spec.unit)})</text>`,
    `<line x1="${MARGIN.left}" y1="${y(0)}" x2="${MARGIN.left + plotWidth}" y2="${y(0)}" stroke="#444"/>`,
    `<line x1="${MARGIN.left}" y1="${y(0)}" x2="${MARGIN.left}" y2="${y(maxY)}" stroke="#444"/>`,
  ];
  for (const fraction of [0, 0.5, 1]) {
    const value = maxY * fraction;
    parts.push(
      `<text x="${MARGIN.left - 6}" y="${y(value) + 4}" text-anchor="end" font-size="11">${value.toFixed(value < 10 ? 1 : 0)}</text>`,
    );
  }
  spec.series.forEach((series, index) => {
    const colour = COLOURS[index % COLOURS.length];
    const points = series.points
      .filter(([, value]) => Number.isFinite(value))
      .map(([at, value]) => `${x(at).toFixed(1)},${y(value).toFixed(1)}`)
      .join(' ');
    parts.push(`<polyline fill="none" stroke="${colour}" stroke-width="1.5" points="${points}"/>`);
    const legendY = top + MARGIN.top + 14 * index;
    parts.push(
      `<rect x="${WIDTH - MARGIN.right + 12}" y="${legendY - 9}" width="10" height="10" fill="${colour}"/>`,
      `<text x="${WIDTH - MARGIN.right + 28}" y="${legendY}" font-size="12">${escape(series.name)}</text>`,
    );
  });
  return parts.join('\n');
}

/** An SVG document of the panels stacked, the x axis in minutes since the start. */
export function plot(title: string, panels: readonly Panel[]): string {
  const maxX = Math.max(
    1,
    ...panels.flatMap((spec) => spec.series.flatMap((series) => series.points.map(([at]) => at))),
  );
  const height = panels.length * PANEL_HEIGHT + 50;
  const body = panels.map((spec, index) => panel(spec, 30 + index * PANEL_HEIGHT, maxX)).join('\n');
  const axisY = height - 12;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" font-family="sans-serif">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="${MARGIN.left}" y="20" font-size="15" font-weight="bold">${escape(title)}</text>`,
    body,
    `<text x="${MARGIN.left}" y="${axisY}" font-size="12">0 min</text>`,
    `<text x="${WIDTH - MARGIN.right}" y="${axisY}" font-size="12" text-anchor="end">${(maxX / 60).toFixed(1)} min</text>`,
    '</svg>',
    '',
  ].join('\n');
}
