import { axisLabels, labelWidth } from './axis-labels.js';

const WIDTH = 560;
/** The trend chart's x scale: periods spread from 56 to 544. */
const spread = (count: number) => (index: number) =>
  56 + (count <= 1 ? 244 : (index / (count - 1)) * (WIDTH - 56 - 16));

function quarters(from: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${from + Math.floor(i / 4)}-Q${(i % 4) + 1}`);
}

describe("the trend chart's period labels", () => {
  it('keeps the last label whole inside the drawing', () => {
    const periods = quarters(2025, 6);
    const labels = axisLabels(periods, spread(periods.length), WIDTH);
    expect(labels.map((label) => label.text)).toEqual(periods);
    for (const label of labels) {
      expect(label.x - labelWidth(label.text) / 2).toBeGreaterThanOrEqual(0);
      expect(label.x + labelWidth(label.text) / 2).toBeLessThanOrEqual(WIDTH);
    }
    // The last one moved inward, just enough.
    expect(labels.at(-1)?.x).toBeLessThan(spread(6)(5));
    expect(labels.at(-1)?.x).toBeGreaterThan(spread(6)(4));
  });

  it('leaves labels out rather than overlapping them, but always shows the latest period', () => {
    const months = Array.from(
      { length: 36 },
      (_, i) => `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
    );
    const labels = axisLabels(months, spread(months.length), WIDTH);
    expect(labels.length).toBeLessThan(months.length);
    expect(labels.at(-1)?.text).toBe('2026-12');
    for (let i = 1; i < labels.length; i++) {
      const [before, after] = [labels[i - 1], labels[i]];
      if (!before || !after) throw new Error('missing label');
      expect(after.x - before.x).toBeGreaterThanOrEqual(
        (labelWidth(before.text) + labelWidth(after.text)) / 2,
      );
    }
  });

  it('centres a single period', () => {
    expect(axisLabels(['2026'], spread(1), WIDTH)).toEqual([{ index: 0, text: '2026', x: 300 }]);
    expect(axisLabels([], spread(0), WIDTH)).toEqual([]);
  });
});
