import type { ApplicationDto } from '@samvirke/contracts';

/** The statuses an applicant may still withdraw from (the service refuses a decided application). */
const WITHDRAWABLE: readonly ApplicationDto['status'][] = ['draft', 'submitted', 'under-review'];

export function mayWithdraw(application: Pick<ApplicationDto, 'status'>): boolean {
  return WITHDRAWABLE.includes(application.status);
}
