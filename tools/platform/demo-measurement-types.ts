/**
 * How the demo describes a programme's shared measurement: its indicators with the course each data
 * provider's figures take, and what happened to some reports (late, returned, a small count).
 */
import type { z } from 'zod';
import type { defineIndicatorSchema } from '@samvirke/contracts';
import type { OrganisationRef } from './demo-programmes.js';

export type IndicatorDefinition = z.input<typeof defineIndicatorSchema>;

export interface DemoIndicator {
  readonly definition: IndicatorDefinition;
  readonly frequency: 'quarterly' | 'annual';
  /** Each data provider's figure at the start of 2025 and at the end of 2026. */
  readonly course: Readonly<Record<OrganisationRef, readonly [number, number]>>;
  /** What the programme aims at by its end date, for all data providers together. */
  readonly goal: number;
  /** How far a figure strays from its course, as a share of it (0.05: up to ±5 %). */
  readonly spread: number;
  /** Each disaggregation's shares of the total, in the order of its values. */
  readonly split?: Readonly<Record<string, readonly number[]>>;
}

/** A report: an organisation's for a period, `demo:kobenhavn@2025-Q4`. */
export type ReportRef = `${OrganisationRef}@${string}`;

export interface DemoMeasurement {
  readonly slug: string;
  readonly indicators: readonly DemoIndicator[];
  /** Reports first submitted after their due date. */
  readonly late: readonly ReportRef[];
  /** Reports the backbone returned once: one indicator's figure was off by `factor`. */
  readonly returned: Readonly<Record<ReportRef, { indicator: string; factor: number; comment: string }>>;
  /** The one count below the suppression threshold. */
  readonly small?: { readonly report: ReportRef; readonly indicator: string; readonly value: number };
  /** What the data providers with demo users have done in the open quarter so far. */
  readonly open: Readonly<Partial<Record<OrganisationRef, 'submitted' | 'returned' | 'approved'>>>;
  /** What was off in the report the backbone returned in the open quarter, and its comment. */
  readonly openReturn?: { indicator: string; factor: number; comment: string };
}

const KOEN = { code: 'koen', name: 'Køn', values: ['kvinde', 'mand'] };

interface Texts {
  readonly code: string;
  readonly nameDa: string;
  readonly nameEn: string;
  readonly descriptionDa: string;
}

/** A count (of people when `sensitive`), summed across the data providers. */
export function count(
  texts: Texts,
  polarity: IndicatorDefinition['polarity'],
  options: {
    sensitive?: boolean;
    koen?: boolean;
    disaggregations?: IndicatorDefinition['disaggregations'];
    categoryCombinations?: IndicatorDefinition['categoryCombinations'];
  } = {},
): IndicatorDefinition {
  return {
    ...texts,
    unit: 'count',
    valueType: 'integer',
    aggregation: 'sum',
    polarity,
    sensitive: options.sensitive ?? false,
    min: 0,
    disaggregations: [...(options.koen ? [KOEN] : []), ...(options.disaggregations ?? [])],
    ...(options.categoryCombinations ? { categoryCombinations: options.categoryCombinations } : {}),
  };
}

/** A share in per cent with one decimal, averaged across the data providers. */
export function percent(texts: Texts, polarity: IndicatorDefinition['polarity']): IndicatorDefinition {
  return {
    ...texts,
    unit: 'percent',
    valueType: 'decimal',
    scale: 1,
    aggregation: 'mean',
    polarity,
    min: 0,
    max: 100,
  };
}

/** An amount in whole kroner, summed across the data providers. */
export function kroner(texts: Texts, polarity: IndicatorDefinition['polarity']): IndicatorDefinition {
  return { ...texts, unit: 'dkk', valueType: 'integer', aggregation: 'sum', polarity, min: 0 };
}
