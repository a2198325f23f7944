/** A period label under the trend chart's axis: where it is drawn (its centre) and its text. */
export interface AxisLabel {
  readonly index: number;
  readonly text: string;
  readonly x: number;
}

/** About how wide a label of 12 px system-ui text is, with a little room either side. */
export function labelWidth(text: string): number {
  return text.length * 7.5 + 8;
}

/**
 * The period labels to draw under the axis: the latest period always, and every n-th before it so
 * that no two overlap; each kept whole inside the drawing (a label at the edge moves inward rather
 * than being cut off).
 */
export function axisLabels(
  periods: readonly string[],
  x: (index: number) => number,
  drawingWidth: number,
): AxisLabel[] {
  if (periods.length === 0) return [];
  const widest = Math.max(...periods.map(labelWidth));
  const spacing = periods.length > 1 ? Math.abs(x(1) - x(0)) : drawingWidth;
  const every = Math.max(1, Math.ceil(widest / Math.max(spacing, 1)));
  const labels: AxisLabel[] = [];
  let leftEdge = Infinity;
  for (let index = periods.length - 1; index >= 0; index -= every) {
    const text = periods[index] ?? '';
    const half = labelWidth(text) / 2;
    const centre = Math.min(Math.max(x(index), half), drawingWidth - half);
    // A label moved inward at the edge may reach its neighbour: that neighbour is left out.
    if (centre + half > leftEdge) continue;
    labels.unshift({ index, text, x: centre });
    leftEdge = centre - half;
  }
  return labels;
}
