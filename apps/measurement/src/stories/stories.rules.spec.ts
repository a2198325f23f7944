import { DomainError } from '@samvirke/platform';
import { checkStoryPeriod, orderedActions } from './stories.rules.js';

describe('story rules', () => {
  it('accepts a period of the indicator’s frequency and names any other', () => {
    expect(() => checkStoryPeriod('quarterly', '2026-Q1')).not.toThrow();
    expect(() => checkStoryPeriod('quarterly', '2026-03')).toThrow(DomainError);
    expect(() => checkStoryPeriod('annual', '2026-Q1')).toThrow(DomainError);
  });

  it('orders the action plan by deadline', () => {
    const story = {
      explanation: '',
      partners: '',
      whatWorks: '',
      actions: [
        { who: 'B', what: 'Senere', byWhen: '2026-09-30' },
        { who: 'A', what: 'Først', byWhen: '2026-03-31' },
      ],
    };
    expect(orderedActions(story).actions.map((action) => action.who)).toEqual(['A', 'B']);
  });
});
