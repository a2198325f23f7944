/** Who may call the grants operations, as the OpenAPI document says it. */
export const FUNDER =
  'Officers of a foundation that funds the programme, acting for their own foundation; platform admins.';
export const CALL_FUNDER = "The call's foundation's officers and platform admins.";
export const APPLICANT = 'Users of the applicant organisation (it must be of a type the call accepts).';
export const APPLICATION_READERS =
  "The applicant organisation's users; the call's foundation once submitted; assigned reviewers (anyone else gets 404).";
export const SHARE_FUNDER =
  "Officers of the share's own foundation only: not the call's foundation, another foundation or a platform admin (403); anyone who cannot see the award gets 404.";
export const AWARD_READERS =
  "The grantee's users, the award's funders, the programme's backbone coordinators and platform admins.";
export const OPEN_CALL_READERS =
  "Any signed-in user: a call is an announcement, so the caller's organisation need not be in its programme. Only calls of a type one of the caller's organisations has, and never to the call's own foundation.";
export const OWN_APPLICATION_READERS =
  "Users of the applicant organisations, each seeing only their own organisations' applications.";
