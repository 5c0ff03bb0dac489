import { decodeHeaders } from './kafka-codec';
import { consumerPartitionsFromEnv, DEFAULT_CONSUMER_PARTITIONS, kafkaConfigFromEnv } from './kafka-config';

describe('kafkaConfigFromEnv', () => {
  it('defaults to the local broker', () => {
    expect(kafkaConfigFromEnv({})).toEqual({ brokers: ['127.0.0.1:9092'], clientId: 'athar' });
  });

  it('reads a comma-separated broker list and a client id', () => {
    expect(kafkaConfigFromEnv({ KAFKA_BROKERS: ' k1:9092, k2:9092 ,', KAFKA_CLIENT_ID: 'intake' })).toEqual({
      brokers: ['k1:9092', 'k2:9092'],
      clientId: 'intake',
    });
  });

  it('refuses a list with no broker', () => {
    expect(() => kafkaConfigFromEnv({ KAFKA_BROKERS: ' , ' })).toThrow(/no broker/);
  });
});

describe('consumerPartitionsFromEnv', () => {
  it('handles one partition at a time unless told otherwise, and reads a whole number from 1 to 8', () => {
    expect(consumerPartitionsFromEnv({})).toBe(DEFAULT_CONSUMER_PARTITIONS);
    expect(DEFAULT_CONSUMER_PARTITIONS).toBe(1);
    expect(consumerPartitionsFromEnv({ ATHAR_CONSUMER_PARTITIONS: ' ' })).toBe(DEFAULT_CONSUMER_PARTITIONS);
    expect(consumerPartitionsFromEnv({ ATHAR_CONSUMER_PARTITIONS: '1' })).toBe(1);
    expect(consumerPartitionsFromEnv({ ATHAR_CONSUMER_PARTITIONS: '8' })).toBe(8);
  });

  it.each(['0', '9', '2.5', 'four', '-1'])('refuses %p, naming the variable', (given) => {
    expect(() => consumerPartitionsFromEnv({ ATHAR_CONSUMER_PARTITIONS: given })).toThrow(/ATHAR_CONSUMER_PARTITIONS must be a whole number from 1 to 8/);
  });
});

describe('decodeHeaders', () => {
  it('turns Buffers into text and keeps the first of repeated values', () => {
    expect(decodeHeaders({ a: Buffer.from('x'), b: 'y', c: [Buffer.from('1'), Buffer.from('2')], d: undefined })).toEqual({
      a: 'x',
      b: 'y',
      c: '1',
    });
    expect(decodeHeaders(undefined)).toEqual({});
  });
});
