import { DEAD_LETTER_HEADERS } from '@athar/contracts';
import type { IncomingMessage, OutgoingMessage } from '../broker.port';

export interface DeadLetterCause {
  error: string;
  /** Handler attempts made; 0 for a message refused before any handler ran. */
  attempts: number;
  consumerGroup: string;
  failedAt: Date;
}

/** Header values are kept short: a whole stack trace belongs in the logs, not in every message. */
const MAX_ERROR_LENGTH = 1_000;

/**
 * The dead-letter copy of a message: same key and bytes (so it can be replayed as it was), the
 * original headers, and where it came from, who gave up on it, why and when.
 */
export function deadLetterMessage(message: IncomingMessage, cause: DeadLetterCause): OutgoingMessage {
  return {
    key: message.key,
    value: message.value,
    headers: {
      ...message.headers,
      [DEAD_LETTER_HEADERS.originalTopic]: message.topic,
      [DEAD_LETTER_HEADERS.originalPartition]: String(message.partition),
      [DEAD_LETTER_HEADERS.originalOffset]: message.offset,
      [DEAD_LETTER_HEADERS.consumerGroup]: cause.consumerGroup,
      [DEAD_LETTER_HEADERS.error]: cause.error.slice(0, MAX_ERROR_LENGTH),
      [DEAD_LETTER_HEADERS.attempts]: String(cause.attempts),
      [DEAD_LETTER_HEADERS.failedAt]: cause.failedAt.toISOString(),
    },
  };
}
