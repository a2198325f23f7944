import type { ConsumerConfig } from 'kafkajs';

/** kafkajs settings of every service's event consumer (`closing`: the service is shutting down). */
export function consumerSettings(groupId: string, closing: () => boolean): ConsumerConfig {
  return {
    groupId,
    sessionTimeout: 30_000,
    // How long a rejoin waits for the group's other members (kafkajs's default is 60 s). After a
    // broker with the group's coordinator dies, the restarted consumer's join waited that long for
    // its own former self; batches here finish within seconds, so 30 s leaves room to spare.
    rebalanceTimeout: 30_000,
    heartbeatInterval: 3_000,
    // The broker answers at once when data arrives; a short long-poll only makes shutdown quick.
    maxWaitTimeInMs: 500,
    allowAutoTopicCreation: false,
    retry: {
      initialRetryTime: 300,
      retries: 10,
      maxRetryTime: 10_000,
      // kafkajs schedules a restart after a crash even when the crash came while disconnecting
      // (a restart still connecting to a broker that is away): a closed consumer must stay closed.
      restartOnFailure: () => Promise.resolve(!closing()),
    },
  };
}
