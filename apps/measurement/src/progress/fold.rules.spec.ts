import { foldRows } from './fold.rules.js';
import { tableView, type OrganisationValue, type PeriodFigures, type TableIndicator } from './table-view.js';

// Aarhus (no value of its own here) with Børn og Unge under it and Skovvangskolen under that; Odense alone.
const unit = (id: string, value: number, parentId = 'aarhus', decidedAt = 0): OrganisationValue => ({
  organisationId: id,
  name: id,
  value,
  decidedAt,
  unitOf: { topId: 'aarhus', topName: 'Aarhus Kommune', parentId },
});
const alone = (id: string, value: number, decidedAt = 0): OrganisationValue => ({
  organisationId: id,
  name: id,
  value,
  decidedAt,
});
const funder = { organisations: new Set(['helsefonden']), suppressBelow: 5, minContributors: 2 };
const sum: TableIndicator = { sensitive: true, aggregation: 'sum' };
const mean: TableIndicator = { sensitive: false, aggregation: 'mean' };

const open = (value: unknown) => typeof value === 'number';

function table(values: OrganisationValue[], aggregate: number): PeriodFigures {
  return { aggregate, values };
}

describe('a sub-unit folded into its municipality', () => {
  it('makes one row per top organisation, units aggregated as the indicator aggregates', () => {
    const values = [unit('bou', 10), unit('skole', 20, 'bou'), alone('odense', 60)];
    const summed = foldRows('sum', values, new Map());
    expect(summed.map((row) => [row.key, row.name, row.value, row.own])).toEqual([
      ['aarhus', 'Aarhus Kommune', 30, false],
      ['odense', 'odense', 60, true],
    ]);
    expect(foldRows('mean', values, new Map())[0]?.value).toBe(15);
    expect(
      foldRows(
        'weighted-mean',
        values,
        new Map([
          ['bou', 1],
          ['skole', 3],
        ]),
      )[0]?.value,
    ).toBe(17.5);
    const latest = [unit('bou', 10, 'aarhus', 2), unit('skole', 20, 'bou', 1)];
    expect(foldRows('latest', latest, new Map())[0]?.value).toBe(10);
  });

  it('shows the folded sum and mean in the municipality row, with the units under it', () => {
    const summed = tableView(
      { sensitive: false, aggregation: 'sum' },
      table([unit('bou', 10), unit('skole', 20, 'bou'), alone('odense', 60)], 90),
      funder,
    );
    expect(summed.organisations).toEqual([
      {
        organisationId: 'aarhus',
        name: 'Aarhus Kommune',
        value: 30,
        units: [
          { organisationId: 'bou', name: 'bou', parentOrganisationId: 'aarhus', value: 10 },
          { organisationId: 'skole', name: 'skole', parentOrganisationId: 'bou', value: 20 },
        ],
      },
      { organisationId: 'odense', name: 'odense', value: 60 },
    ]);
    const averaged = tableView(
      mean,
      table([unit('bou', 10), unit('skole', 20), alone('odense', 60)], 30),
      funder,
    );
    expect(averaged.organisations.map((row) => row.value)).toEqual([15, 60]);
    expect(averaged.aggregate).toBe(30);
  });

  it('hides a small folded row, and whatever would give a small unit away beside the folded row', () => {
    const small = tableView(sum, table([unit('bou', 1), unit('skole', 2), alone('odense', 60)], 63), funder);
    expect(small.organisations[0]?.value).toBe('<5');
    expect(small.organisations[0]?.units?.map((row) => row.value)).toEqual(['<5', '<5']);
    // Odense and the total would give the folded 3 away: one of them goes.
    expect(open(small.aggregate) && open(small.organisations[1]?.value)).toBe(false);

    const view = tableView(sum, table([unit('bou', 3), unit('skole', 20), alone('odense', 60)], 83), funder);
    const [aarhus, odense] = view.organisations;
    expect(aarhus?.units?.[0]?.value).toBe('<5');
    // 3 = Aarhus − Skovvangskolen = total − Odense − Skovvangskolen: no way round it may stay open.
    expect(open(aarhus?.value) && open(aarhus?.units?.[1]?.value)).toBe(false);
    expect(open(view.aggregate) && open(odense?.value) && open(aarhus?.units?.[1]?.value)).toBe(false);
  });

  it('shows the caller all of their own values, and the folded row made only of them', () => {
    const own = { ...funder, organisations: new Set(['bou', 'skole']) };
    const view = tableView(sum, table([unit('bou', 1), unit('skole', 2), alone('odense', 60)], 63), own);
    expect(view.organisations[0]?.value).toBe(3);
    expect(view.organisations[0]?.units?.map((row) => row.value)).toEqual([1, 2]);
  });
});
