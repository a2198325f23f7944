import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

export interface Figure {
  readonly name: string;
  readonly unit: string;
  readonly value: number;
  /** The same measure taken of the baseline in the same run, when it has one. */
  readonly baseline?: number;
  /** What we aim for, e.g. ">= 5000" or "<= 50". */
  readonly target?: string;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

function meets(value: number, target: string | undefined): string {
  if (!target) return '';
  const match = /^(>=|<=)\s*([\d.]+)/.exec(target);
  if (!match) return '';
  const bound = Number(match[2]);
  return (match[1] === '>=' ? value >= bound : value <= bound) ? 'yes' : 'NO';
}

/** Prints the figures as a table and writes bench/results/<benchmark>.json. */
export function report(benchmark: string, description: string, figures: readonly Figure[]): void {
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    date: new Date().toISOString(),
  };
  const rows = figures.map((figure) => ({
    figure: figure.name,
    value: `${round(figure.value)} ${figure.unit}`,
    baseline: figure.baseline === undefined ? '' : `${round(figure.baseline)} ${figure.unit}`,
    ratio: figure.baseline === undefined ? '' : (figure.value / figure.baseline).toFixed(2),
    target: figure.target ?? '',
    met: meets(figure.value, figure.target),
  }));
  console.log(`\n${benchmark}: ${description}`);
  console.log(
    `machine: ${machine.cpus} x ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}`,
  );
  console.table(rows);
  mkdirSync(new URL('results/', import.meta.url.replace('/dist/bench/', '/bench/')), { recursive: true });
  const file = new URL(`results/${benchmark}.json`, import.meta.url.replace('/dist/bench/', '/bench/'));
  const json = figures.map((figure) => ({
    ...figure,
    ratio: figure.baseline === undefined ? undefined : figure.value / figure.baseline,
  }));
  writeFileSync(file, JSON.stringify({ benchmark, description, machine, figures: json }, null, 2) + '\n');
  console.log(`written to bench/results/${benchmark}.json`);
}

function round(value: number): number {
  return value >= 100 ? Math.round(value) : Math.round(value * 100) / 100;
}
