import type { MembershipDto } from '@samvirke/contracts';
import { useI18n } from '../i18n/i18n.js';
import { DownloadButtons } from './download-buttons.js';
import { membersTable } from './partners-rows.js';

/** The members with their roles, named after the programme. */
export function MembersDownloads({
  programmeName,
  members,
}: {
  programmeName: string;
  members: readonly MembershipDto[];
}) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <DownloadButtons
      caption={t('medlemmer og roller', 'members and roles')}
      {...membersTable(members, i18n)}
      fileName={t(`${programmeName}-medlemmer`, `${programmeName}-members`)}
    />
  );
}
