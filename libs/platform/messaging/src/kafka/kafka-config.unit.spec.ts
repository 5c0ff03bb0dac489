import { decodeHeaders } from './kafka-codec';
import { kafkaConfigFromEnv } from './kafka-config';

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
