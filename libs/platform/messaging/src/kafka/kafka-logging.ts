import { logLevel, type logCreator } from 'kafkajs';
import type { MessagingLogger } from '../logger';

export type KafkaLogLevel = 'error' | 'warn' | 'info' | 'debug' | 'nothing';

export const KAFKA_LOG_LEVELS: Record<KafkaLogLevel, logLevel> = {
  nothing: logLevel.NOTHING,
  error: logLevel.ERROR,
  warn: logLevel.WARN,
  info: logLevel.INFO,
  debug: logLevel.DEBUG,
};

/** Routes kafkajs's own log lines into our logger, so a service has one log stream and one format. */
export function kafkaLogCreator(logger: MessagingLogger): logCreator {
  return () =>
    ({ namespace, level, log }) => {
      const { message, timestamp: _timestamp, ...fields } = log;
      const line = `kafkajs ${namespace}: ${message}`;
      if (level === logLevel.ERROR) logger.error(line, fields);
      else if (level === logLevel.WARN) logger.warn(line, fields);
      else logger.info(line, fields);
    };
}
