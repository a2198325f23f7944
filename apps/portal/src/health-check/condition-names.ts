import {
  CURRENT_HEALTH_CHECK_VERSION,
  HEALTH_CHECK_CONDITIONS,
  healthCheckItemSet,
  type HealthCheckCondition,
} from '@samvirke/contracts';
import type { Language } from '../i18n/i18n.js';

/** A condition's name in the reader's language, from the declared item set. */
export function conditionName(condition: HealthCheckCondition, language: Language): string {
  return healthCheckItemSet(CURRENT_HEALTH_CHECK_VERSION)?.conditions[condition][language] ?? condition;
}

export function conditionChoices(language: Language): { value: string; label: string }[] {
  return HEALTH_CHECK_CONDITIONS.map((condition) => ({
    value: condition,
    label: conditionName(condition, language),
  }));
}

/** The scale's five labels in the reader's language, 1 first. */
export function scaleLabels(language: Language): string[] {
  return (healthCheckItemSet(CURRENT_HEALTH_CHECK_VERSION)?.scale ?? []).map((point) => point[language]);
}
