/** Period labels: the one before 2026-Q1 is 2025-Q4, before 2026-01 is 2025-12, before 2026 is 2025. */
export function previousPeriod(period: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter)
    return quarter[2] === '1' ? `${Number(quarter[1]) - 1}-Q4` : `${quarter[1]}-Q${Number(quarter[2]) - 1}`;
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) {
    return month[2] === '01'
      ? `${Number(month[1]) - 1}-12`
      : `${month[1]}-${String(Number(month[2]) - 1).padStart(2, '0')}`;
  }
  return String(Number(period) - 1);
}
