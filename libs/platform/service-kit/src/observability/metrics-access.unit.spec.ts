import 'reflect-metadata';
import { Module, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { AddressInfo } from 'node:net';
import { ErrorFilter } from '../http/error.filter';
import { MetricsController, MetricsService, metricsAccessFromEnv, mayScrapeMetrics } from './metrics';

const TOKEN = 'scrape-token-0123456789';

describe('who may scrape /metrics (ATHAR_METRICS_TOKEN)', () => {
  it('in production a token is required: without one the service refuses to start', () => {
    expect(() => metricsAccessFromEnv({ NODE_ENV: 'production' })).toThrow(/ATHAR_METRICS_TOKEN must be set in production/);
    expect(() => metricsAccessFromEnv({ ATHAR_ENV: 'production' })).toThrow(/ATHAR_METRICS_TOKEN must be set in production/);
    expect(() => metricsAccessFromEnv({ NODE_ENV: 'production', ATHAR_METRICS_TOKEN: 'short' })).toThrow(/at least 16/);
    expect(metricsAccessFromEnv({ NODE_ENV: 'production', ATHAR_METRICS_TOKEN: TOKEN })).toEqual({ token: TOKEN });
    expect(metricsAccessFromEnv({})).toEqual({ token: null });
  });

  it('with a token only its bearer scrapes', () => {
    const access = { token: TOKEN };
    expect(mayScrapeMetrics(access, `Bearer ${TOKEN}`)).toBe(true);
    for (const header of [undefined, '', TOKEN, `Bearer ${TOKEN}x`, `Basic ${TOKEN}`, 'Bearer ']) expect(mayScrapeMetrics(access, header)).toBe(false);
    expect(mayScrapeMetrics({ token: null }, undefined)).toBe(true);
  });

  describe('over HTTP, as a production service serves it', () => {
    const saved = { NODE_ENV: process.env.NODE_ENV, ATHAR_METRICS_TOKEN: process.env.ATHAR_METRICS_TOKEN };
    let app: INestApplication;
    let url: string;

    beforeAll(async () => {
      process.env.NODE_ENV = 'production';
      process.env.ATHAR_METRICS_TOKEN = TOKEN;
      @Module({ controllers: [MetricsController], providers: [{ provide: MetricsService, useFactory: () => new MetricsService('unit') }] })
      class MetricsOnly {}
      app = await NestFactory.create(MetricsOnly, { logger: false });
      app.useGlobalFilters(new ErrorFilter());
      await app.listen(0, '127.0.0.1');
      url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/metrics`;
    });
    afterAll(async () => {
      await app.close();
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    });

    it('refuses a scrape without the token or with a wrong one (401, bilingual), serves it with the token', async () => {
      const without = await fetch(url);
      expect(without.status).toBe(401);
      expect(await without.json()).toMatchObject({ code: 'metrics-token-required', message: { ar: expect.any(String), en: expect.any(String) } });
      expect((await fetch(url, { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status).toBe(401);
      const scraped = await fetch(url, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(scraped.status).toBe(200);
      expect(await scraped.text()).toContain('process_cpu_user_seconds_total');
    });
  });
});
