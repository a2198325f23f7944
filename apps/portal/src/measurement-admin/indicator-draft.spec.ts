import type { IndicatorDto } from '@samvirke/contracts';
import { draftOfIndicator, EMPTY_INDICATOR, indicatorBody, typedNumber } from './indicator-draft.js';

describe('indicator drafts', () => {
  it('reads numbers as typed, with a decimal comma, and leaves what is no number for the service to name', () => {
    expect(typedNumber('')).toBeNull();
    expect(typedNumber(' 12,5 ')).toBe(12.5);
    expect(typedNumber('tolv')).toBe('tolv');
  });

  it('sends the code only for a new indicator and splits disaggregation values', () => {
    const draft = {
      ...EMPTY_INDICATOR,
      code: ' unge ',
      min: '0',
      disaggregations: [{ code: 'koen', name: 'Køn', values: 'kvinde, mand,,andet' }],
    };
    expect(indicatorBody(draft, true)).toMatchObject({
      code: 'unge',
      min: 0,
      max: null,
      scale: 0,
      denominatorCode: null,
      disaggregations: [{ code: 'koen', name: 'Køn', values: ['kvinde', 'mand', 'andet'] }],
    });
    expect(indicatorBody(draft, false)).not.toHaveProperty('code');
  });

  it('starts a new version from the current definition', () => {
    const indicator = {
      ...EMPTY_INDICATOR,
      id: 'i-1',
      scale: 1,
      min: 0,
      max: null,
      denominatorCode: null,
      disaggregations: [{ code: 'koen', name: 'Køn', values: ['kvinde', 'mand'] }],
    } as unknown as IndicatorDto;
    expect(draftOfIndicator(indicator)).toMatchObject({
      scale: '1',
      min: '0',
      max: '',
      denominatorCode: '',
      disaggregations: [{ code: 'koen', name: 'Køn', values: 'kvinde, mand' }],
    });
  });
});
