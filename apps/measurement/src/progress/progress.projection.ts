import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  indicatorCodes,
  recomputeAggregates,
  replaceOrganisationValues,
  weightedBy,
  type Approval,
} from './progress-projection.store.js';

/**
 * Keeps progress_value and progress_aggregate current when a submission is approved, inside the
 * approval's transaction: the approved version replaces the organisation's earlier values for the
 * period, and each touched indicator's aggregate across organisations is recomputed.
 */
@Injectable()
export class ProgressProjection {
  /** Returns the codes of the indicators whose progress changed. */
  async applyApproval(manager: EntityManager, approval: Approval): Promise<string[]> {
    const touched = [...new Set(await replaceOrganisationValues(manager, approval))];
    // Weighted means depend on their denominators too.
    const changed = [...new Set([...touched, ...(await weightedBy(manager, touched))])];
    await recomputeAggregates(manager, approval.programmeId, changed, approval.period);
    return indicatorCodes(manager, changed);
  }
}
