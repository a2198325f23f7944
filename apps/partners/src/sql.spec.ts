import { assignments, SqlFilter } from './sql.js';

describe('the WHERE clause of a list read', () => {
  it('numbers each value as the next parameter, and the page after them', () => {
    const filter = new SqlFilter();
    expect(filter.sql).toBe('true');
    filter.where(`type = ${filter.param('ngo')}`);
    const like = filter.param('%fond%');
    filter.where(`(name ILIKE ${like} OR vision ILIKE ${like})`);
    expect(filter.sql).toBe('type = $1 AND (name ILIKE $2 OR vision ILIKE $2)');
    expect(filter.page(50, 100)).toEqual({ sql: 'LIMIT $3 OFFSET $4', params: ['ngo', '%fond%', 50, 100] });
  });
});

describe('the SET clause of an update', () => {
  it('assigns each field with a value, including null, and leaves undefined ones alone', () => {
    const columns = { name: 'name', endDate: 'end_date', status: 'status' };
    expect(assignments({ endDate: null, name: 'Ny', status: undefined }, columns, 3)).toEqual({
      sql: ['end_date = $3', 'name = $4'],
      values: [null, 'Ny'],
    });
  });
});
