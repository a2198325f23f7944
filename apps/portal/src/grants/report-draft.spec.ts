import { emptyReportDraft, reportCommand } from './report-draft.js';

const reports = {
  template: [
    { key: 'progress', title: 'Fremdrift' },
    { key: 'results', title: 'Resultater' },
  ],
  budgetLines: [
    { category: 'Løn', amountOre: 100_000 },
    { category: 'Aktiviteter', amountOre: 50_000 },
  ],
};
const t = (da: string) => da;

describe("the grantee's report draft", () => {
  it('names each unwritten section, each actual that is not an amount and each stray actual left unexplained', () => {
    const draft = { ...emptyReportDraft(), sections: { progress: 'Godt i gang' }, actuals: ['1.500', 'x'] };
    expect(Object.keys(reportCommand(draft, reports, { t }).errors).sort()).toEqual([
      '/financialLines/0/explanation',
      '/financialLines/1/actualOre',
      '/sections/results',
    ]);
  });

  it('sends øre per budget line in the budget’s order, and no tranche when none is chosen', () => {
    const draft = {
      ...emptyReportDraft(),
      sections: { progress: ' Godt i gang ', results: '18 i job' },
      actuals: ['1.050', '400'],
      explanations: ['', 'Færre udflugter'],
    };
    expect(reportCommand(draft, reports, { t })).toEqual({
      errors: {},
      command: {
        kind: 'progress',
        trancheId: null,
        sections: { progress: 'Godt i gang', results: '18 i job' },
        financialLines: [
          { category: 'Løn', actualOre: 105_000, explanation: '' },
          { category: 'Aktiviteter', actualOre: 40_000, explanation: 'Færre udflugter' },
        ],
      },
    });
  });
});
