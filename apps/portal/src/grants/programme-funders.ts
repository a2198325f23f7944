import type { MembershipDto, ProgrammeDto } from '@samvirke/contracts';
import type { ApiClient } from '../api/client.js';
import type { Principal } from '../auth/session.js';
import { loadMembers, loadProgramme } from '../programmes.js';
import { funderChoices, type FunderChoice } from './funder-choices.js';

export interface ProgrammeFunders {
  readonly programme: ProgrammeDto;
  /** The programme's current members (none when the user may not see them). */
  readonly members: MembershipDto[];
  /** The foundations the user may act for here: commit funding, open calls. */
  readonly choices: FunderChoice[];
}

/** The programme with the foundations the user may act for in it. */
export async function loadProgrammeFunders(
  api: ApiClient,
  principal: Principal,
  programmeId: string,
): Promise<ProgrammeFunders> {
  const [programme, members] = await Promise.all([
    loadProgramme(api, programmeId),
    loadMembers(api, programmeId).catch((): MembershipDto[] => []),
  ]);
  return { programme, members, choices: funderChoices(principal, members) };
}
