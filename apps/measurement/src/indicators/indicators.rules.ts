import { indicatorDefinedV1, type IndicatorDto, type ListIndicatorsQuery } from '@samvirke/contracts';
import type { PendingEvent } from '@samvirke/messaging';
import { DomainError, ValidationFailed } from '@samvirke/platform';
import type { IndicatorFilter } from './indicators.store.js';

/** The library's search: `q` is found anywhere in the code or a name, taken literally (no wildcards). */
export function indicatorFilter(query: ListIndicatorsQuery): IndicatorFilter {
  return {
    ...(query.unit ? { unit: query.unit } : {}),
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
