import type { IHeaders, KafkaMessage } from 'kafkajs';
import type { IncomingMessage, MessageHeaders } from '../broker.port';

/**
 * kafkajs hands headers over as Buffers (an array when a name repeats). Ours are all UTF-8 text
 * and never repeat, so a repeated name keeps its first value.
 */
export function decodeHeaders(headers: IHeaders | undefined): MessageHeaders {
  const decoded: MessageHeaders = {};
  for (const [name, raw] of Object.entries(headers ?? {})) {
    const first = Array.isArray(raw) ? raw[0] : raw;
    if (first !== undefined) decoded[name] = first.toString();
  }
  return decoded;
}

export function toIncomingMessage(topic: string, partition: number, message: KafkaMessage): IncomingMessage {
  return {
    topic,
    partition,
    offset: message.offset,
    key: message.key === null ? null : message.key.toString(),
    value: message.value,
    headers: decodeHeaders(message.headers),
  };
}
