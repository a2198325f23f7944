import {
  indicatorDefinedV1,
  indicatorRetiredV1,
  indicatorVersionedV1,
  type IndicatorDto,
  type ListIndicatorsQuery,
} from '@samvirke/contracts';
import type { PendingEvent } from '@samvirke/messaging';
import { DomainError, ValidationFailed } from '@samvirke/platform';
import type { IndicatorFilter } from './indicators.store.js';

/** The library's search: `q` is found anywhere in the code or a name, taken literally (no wildcards). */
export function indicatorFilter(query: ListIndicatorsQuery): IndicatorFilter {
  return {
    ...(query.unit ? { unit: query.unit } : {}),
    ...(query.status ? { status: query.status } : {}),
    ...(query.q ? { pattern: `%${query.q.replace(/[\\%_]/g, (character) => `\\${character}`)}%` } : {}),
    limit: query.limit,
    offset: query.offset,
  };
}

/** A weighted mean's denominator must be an indicator of the library already. */
export function unknownDenominator(code: string): ValidationFailed {
  return new ValidationFailed([{ pointer: '/denominatorCode', detail: `no indicator has code ${code}` }]);
}

/** What defining an indicator whose code is taken answers. */
export function codeTaken(code: string): DomainError {
  return new DomainError('conflict', `An indicator with code ${code} exists.`, [
    { pointer: '/code', detail: 'already defined' },
  ]);
}

export function definedEvent(indicator: IndicatorDto): PendingEvent {
  return {
    definition: indicatorDefinedV1,
    data: {
      indicatorId: indicator.id,
      code: indicator.code,
      nameDa: indicator.nameDa,
      nameEn: indicator.nameEn,
      unit: indicator.unit,
      valueType: indicator.valueType,
      aggregation: indicator.aggregation,
      polarity: indicator.polarity,
      sensitive: indicator.sensitive,
    },
    options: { subject: indicator.id },
  };
}

/** A later version's code: the lineage's code with its number (`hjemloese-unge.v2`). */
export function versionCode(lineage: string, version: number): string {
  return `${lineage}.v${version}`;
}

/** Only the current version of a lineage gets a new version; superseded and retired ones stay as they are. */
export function checkVersionable(indicator: IndicatorDto): void {
  if (indicator.status === 'current') return;
  const detail =
    indicator.status === 'retired'
      ? `${indicator.code} is retired`
      : `${indicator.code} is superseded by ${indicator.supersededBy ?? 'a newer version'}`;
  throw new DomainError('conflict', `Only the current version gets a new version: ${detail}.`);
}

export function checkRetirable(indicator: IndicatorDto): void {
  if (indicator.status === 'retired') {
    throw new DomainError('conflict', `The indicator ${indicator.code} is retired already.`);
  }
}

export function versionedEvent(indicator: IndicatorDto, previous: IndicatorDto): PendingEvent {
  return {
    definition: indicatorVersionedV1,
    data: {
      indicatorId: indicator.id,
      code: indicator.code,
      lineage: indicator.lineage,
      version: indicator.version,
      previousIndicatorId: previous.id,
      previousCode: previous.code,
    },
    options: { subject: indicator.id },
  };
}

export function retiredEvent(indicator: IndicatorDto): PendingEvent {
  const { id: indicatorId, code, lineage, version } = indicator;
  return {
    definition: indicatorRetiredV1,
    data: { indicatorId, code, lineage, version },
    options: { subject: indicatorId },
  };
}
