import type { WaitingItem } from './approvals-load.js';
import { QueueEntry } from './queue-entry.js';

/**
 * The reports waiting for a decision, each with its values and the approve/return form, or the
 * words for an empty queue: the backbone's queue and the municipality's first level alike.
 */
export function WaitingQueue(props: {
  waiting: readonly WaitingItem[];
  programmeId: string;
  reload: () => void;
  empty: string;
  level?: 'first';
}) {
  const { waiting, programmeId, reload, empty, level } = props;
  if (waiting.length === 0) return <p>{empty}</p>;
  return (
    <ul className="queue">
      {waiting.map((item) => (
        <QueueEntry
          key={`${item.period.id}:${item.member.organisationId}`}
          item={item}
          programmeId={programmeId}
          onDecided={reload}
          level={level}
        />
      ))}
    </ul>
  );
}
