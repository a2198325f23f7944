import { QueryFailedError } from 'typeorm';
import { isUniqueViolation, uniqueViolation } from './database-errors.js';

const failed = (driverError: Record<string, unknown>) =>
  new QueryFailedError('INSERT ...', [], Object.assign(new Error('failed'), driverError));

describe('unique violations', () => {
  it('names the violated constraint of a 23505', () => {
    const error = failed({ code: '23505', constraint: 'organisation_cvr_key' });
    expect(uniqueViolation(error)?.constraint).toBe('organisation_cvr_key');
    expect(isUniqueViolation(error)).toBe(true);
  });

  it('is not another database error, nor an error that did not come from a query', () => {
    expect(isUniqueViolation(failed({ code: '23503' }))).toBe(false);
    expect(isUniqueViolation(Object.assign(new Error('x'), { code: '23505' }))).toBe(false);
    expect(uniqueViolation(undefined)).toBeUndefined();
  });
});
