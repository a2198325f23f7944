import { GRANTS_RULES } from './grants.rules.js';
import { ruleConsumer } from './rule-consumer.js';

/** Awards, their co-funders' shares and the tranches' payments, told to grantees and funders. */
export const GrantsEventsConsumer = ruleConsumer('GrantsEventsConsumer', GRANTS_RULES);
