import { createHash, timingSafeEqual } from 'node:crypto';
import { Controller, Get, Header, Headers, Injectable, UnauthorizedException, type NestMiddleware } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags, ApiUnauthorizedResponse, ApiOkResponse } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import { Public } from '../http/public.decorator';

/** One Prometheus registry per service process, labelled with the service name. */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  readonly httpDuration: Histogram<'method' | 'route' | 'status'>;

  constructor(serviceName: string) {
    this.registry.setDefaultLabels({ service: serviceName });
    collectDefaultMetrics({ register: this.registry });
    this.httpDuration = new Histogram({
      name: 'athar_http_request_duration_seconds',
      help: 'HTTP request duration by route and status',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [this.registry],
    });
  }
}

@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  constructor(private readonly metrics: MetricsService) {}

  use(req: Request, res: Response, next: NextFunction): void {
    const end = this.metrics.httpDuration.startTimer();
    res.on('finish', () => {
      // The matched route pattern, never the raw URL, so ids do not explode the label set.
      const route = (req.route as { path?: string } | undefined)?.path ?? 'unmatched';
      end({ method: req.method, route: `${req.baseUrl ?? ''}${route}`, status: String(res.statusCode) });
    });
    next();
  }
}

/** Who may scrape /metrics: anyone, or only a bearer of ATHAR_METRICS_TOKEN. */
export interface MetricsAccess {
  token: string | null;
}

/** Whether the platform runs in production, as the dev-secret refusals tell it (NODE_ENV or ATHAR_ENV). */
export function isProduction(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === 'production' || env.ATHAR_ENV === 'production';
}

/**
 * ATHAR_METRICS_TOKEN (docs/adr/0024): when set, /metrics answers only `Authorization: Bearer <token>`.
 * In production it must be set (the service refuses to start otherwise), so metrics (process, routes,
 * traffic) are never open to anyone who can reach the port; in development they stay open without one.
 */
export function metricsAccessFromEnv(env: NodeJS.ProcessEnv = process.env): MetricsAccess {
  const token = env.ATHAR_METRICS_TOKEN ?? '';
  if (token === '' && isProduction(env)) throw new Error('ATHAR_METRICS_TOKEN must be set in production (the bearer token Prometheus scrapes /metrics with)');
  if (token !== '' && token.length < 16) throw new Error('ATHAR_METRICS_TOKEN must be at least 16 characters');
  return { token: token === '' ? null : token };
}

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

/** Whether an Authorization header may scrape: compared in constant time, only `Bearer <token>`. */
export function mayScrapeMetrics(access: MetricsAccess, authorization: string | undefined): boolean {
  if (access.token === null) return true;
  const match = /^Bearer (\S+)$/.exec(authorization ?? '');
  return match !== null && timingSafeEqual(digest(match[1]), digest(access.token));
}

@ApiTags('health')
@Public()
@Controller('metrics')
export class MetricsController {
  private readonly access = metricsAccessFromEnv();

  constructor(private readonly metrics: MetricsService) {}

  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  @ApiBearerAuth()
  @ApiOkResponse({ description: 'Prometheus text exposition format', content: { 'text/plain': { schema: { type: 'string' } } } })
  @ApiOperation({ summary: 'Prometheus metrics in text format (with ATHAR_METRICS_TOKEN set, and always in production, only to its bearer).' })
  @ApiUnauthorizedResponse({ description: 'The metrics token is required and was missing or wrong' })
  scrape(@Headers('authorization') authorization?: string): Promise<string> {
    if (!mayScrapeMetrics(this.access, authorization)) {
      throw new UnauthorizedException({ code: 'metrics-token-required', message: { ar: 'يلزم رمز المقاييس', en: 'The metrics token is required' } });
    }
    return this.metrics.registry.metrics();
  }
}
