/**
 * Spreads each funder's share of an award over the award's tranches, in whole øre, so that every
 * tranche's parts sum to the tranche and every funder's parts sum to its share.
 */
export function splitTranches(
  shares: { funderOrganisationId: string; amountOre: number }[],
  tranches: number[],
): number[][] {
  const award = tranches.reduce((sum, amount) => sum + amount, 0);
  const allocated = shares.map(() => 0);
  const result: number[][] = [];
  tranches.forEach((trancheAmount, index) => {
    if (index === tranches.length - 1) {
      result.push(shares.map((share, f) => share.amountOre - (allocated[f] ?? 0)));
      return;
    }
    const exact = shares.map((share) => (share.amountOre * trancheAmount) / award);
    const parts = exact.map(Math.floor);
    let left = trancheAmount - parts.reduce((sum, part) => sum + part, 0);
    const order = exact.map((value, f) => ({ f, fraction: value - Math.floor(value) }));
    order.sort((a, b) => b.fraction - a.fraction || a.f - b.f);
    for (const { f } of order) {
      if (left === 0) break;
      parts[f] = (parts[f] ?? 0) + 1;
      left -= 1;
    }
    parts.forEach((part, f) => (allocated[f] = (allocated[f] ?? 0) + part));
    result.push(parts);
  });
  return result;
}
