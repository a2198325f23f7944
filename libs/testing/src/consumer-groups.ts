import { AssignerProtocol, type Admin } from 'kafkajs';

/** One member of a consumer group as the group coordinator sees it, with the partitions it owns. */
export interface GroupMember {
  readonly memberId: string;
  readonly clientHost: string;
  /** Topic → the partitions assigned to this member. */
  readonly assignment: Readonly<Record<string, readonly number[]>>;
}

export interface GroupState {
  /** The coordinator's state: Stable once a rebalance is over. */
  readonly state: string;
  readonly members: readonly GroupMember[];
}

/** A consumer group's state and members with their assignments (an admin client, connected). */
export async function describeGroup(admin: Admin, groupId: string): Promise<GroupState> {
  const { groups } = await admin.describeGroups([groupId]);
  const group = groups[0];
  if (!group) return { state: 'Unknown', members: [] };
  const members = group.members.map((member) => ({
    memberId: member.memberId,
    clientHost: member.clientHost,
    assignment:
      member.memberAssignment.length > 0
        ? (AssignerProtocol.MemberAssignment.decode(member.memberAssignment)?.assignment ?? {})
        : {},
  }));
  return { state: group.state, members };
}

/**
 * Whether a stable group of `members` members owns every partition of `topics`, each exactly once,
 * and every member owns at least one: after a member is lost, its partitions have moved.
 */
export async function groupOwnsAll(
  admin: Admin,
  groupId: string,
  topics: readonly string[],
  members: number,
): Promise<boolean> {
  const group = await describeGroup(admin, groupId);
  if (group.state !== 'Stable' || group.members.length !== members) return false;
  const metadata = await admin.fetchTopicMetadata({ topics: [...topics] });
  const owned = new Map<string, number>();
  for (const member of group.members) {
    const partitions = Object.entries(member.assignment).flatMap(([topic, ids]) =>
      ids.map((id) => `${topic}/${id}`),
    );
    if (partitions.length === 0) return false;
    for (const key of partitions) owned.set(key, (owned.get(key) ?? 0) + 1);
  }
  const wanted = metadata.topics.flatMap((topic) =>
    topic.partitions.map((partition) => `${topic.name}/${partition.partitionId}`),
  );
  return wanted.length > 0 && wanted.every((key) => owned.get(key) === 1) && owned.size === wanted.length;
}
