import express from 'express';
import type { AddressInfo } from 'node:net';
import { trustProxyFromEnv } from './trust-proxy';

describe('ATHAR_TRUST_PROXY', () => {
  it('trusts no proxy by default, a hop count, or a list of addresses and CIDR ranges', () => {
    expect(trustProxyFromEnv({})).toBe(false);
    expect(trustProxyFromEnv({ ATHAR_TRUST_PROXY: '' })).toBe(false);
    expect(trustProxyFromEnv({ ATHAR_TRUST_PROXY: '1' })).toBe(1);
    expect(trustProxyFromEnv({ ATHAR_TRUST_PROXY: '10.0.0.0/8, 192.168.1.7 ,loopback,fd00::/8' })).toEqual([
      '10.0.0.0/8',
      '192.168.1.7',
      'loopback',
      'fd00::/8',
    ]);
  });

  it('refuses "true" (any caller could name its own address) and anything it cannot read', () => {
    for (const value of ['true', 'yes', '10.0.0.0/33', '300.1.1.1', '10.0.0.0/8/1', '11', ',']) {
      expect(() => trustProxyFromEnv({ ATHAR_TRUST_PROXY: value })).toThrow(/ATHAR_TRUST_PROXY/);
    }
  });

  async function clientIpSeenWith(setting: ReturnType<typeof trustProxyFromEnv>, forwardedFor: string): Promise<string> {
    const app = express();
    app.set('trust proxy', setting);
    app.get('/', (req, res) => res.send(req.ip));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      return await (await fetch(`http://127.0.0.1:${port}/`, { headers: { 'x-forwarded-for': forwardedFor } })).text();
    } finally {
      server.close();
    }
  }

  it('as Express applies it: a forged X-Forwarded-For is ignored by default and honoured only from a trusted proxy', async () => {
    expect(await clientIpSeenWith(trustProxyFromEnv({}), '203.0.113.9')).toBe('127.0.0.1');
    expect(await clientIpSeenWith(trustProxyFromEnv({ ATHAR_TRUST_PROXY: '10.0.0.0/8' }), '203.0.113.9')).toBe('127.0.0.1');
    expect(await clientIpSeenWith(trustProxyFromEnv({ ATHAR_TRUST_PROXY: 'loopback' }), '203.0.113.9')).toBe('203.0.113.9');
    expect(await clientIpSeenWith(trustProxyFromEnv({ ATHAR_TRUST_PROXY: '1' }), '198.51.100.1, 203.0.113.9')).toBe('203.0.113.9');
  });
});
