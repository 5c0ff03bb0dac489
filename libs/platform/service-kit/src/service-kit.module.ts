import { DynamicModule, Global, MiddlewareConsumer, Module, NestModule, type OnApplicationShutdown } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { TokenVerifier, tokenVerifierConfigFromEnv } from '@athar/identity';
import { loadTenantPolicies, loadTenantPolicyHistory, TenantRegistry } from '@athar/tenancy';
import { ThrottlerModule } from '@nestjs/throttler';
import type { Pool } from 'pg';
import type { SchemaOwner } from '@athar/event-store';
import { AuthGuard } from './http/auth.guard';
import { atharConfig, atharConfigModule } from './config/athar-config';
import { ENGINES_OPTIONS, PG_POOL, PG_SCHEMA_OWNER, type ResolvedEnginesOptions } from './engines.options';
import { IdempotencySecrets } from './http/idempotency/idempotency.secrets';
import { PostgresThrottlerStorage, RateLimitGuard, rateLimitsFromEnv, throttlerOptions } from './http/rate-limit';
import { ErrorFilter } from './http/error.filter';
import { BodyGuard } from './http/body-guard';
import { QueryParametersGuard } from './http/query-parameters';
import { HealthController, HealthRegistry } from './observability/health';
import { loggerParams } from './observability/logging';
import { stopTracing } from './observability/tracing';
import { HttpMetricsMiddleware, MetricsController, MetricsService } from './observability/metrics';

export const SERVICE_NAME = 'athar:service-name';

export interface ServiceKitOptions {
  serviceName: string;
}

/**
 * What every Athar service has: tenants loaded from their policies (start-up fails on an invalid one),
 * token checking on every route but the public ones, undeclared query parameters refused, one error shape, structured logs, health and metrics.
 */
@Global()
@Module({})
export class ServiceKitModule implements NestModule, OnApplicationShutdown {
  static forRoot(options: ServiceKitOptions): DynamicModule {
    return {
      module: ServiceKitModule,
      imports: [
        // Validates the whole environment at start-up, every problem listed (config/athar-config.ts).
        atharConfigModule(),
        LoggerModule.forRoot(loggerParams(options.serviceName)),
        // Counters in PostgreSQL, shared by a service's replicas (docs/adr/0030).
        ThrottlerModule.forRootAsync({
          inject: [PG_POOL, PG_SCHEMA_OWNER, ENGINES_OPTIONS],
          useFactory: async (pool: Pool, owner: SchemaOwner, engines: ResolvedEnginesOptions) => {
            const storage = new PostgresThrottlerStorage(pool, `${engines.instance}_http`, IdempotencySecrets.fromEnv());
            await storage.ensureSchema(owner);
            return throttlerOptions(rateLimitsFromEnv(), storage, options.serviceName);
          },
        }),
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: SERVICE_NAME, useValue: options.serviceName },
        {
          provide: TenantRegistry,
          useFactory: () => {
            const dir = atharConfig().ATHAR_POLICY_DIR;
            const current = loadTenantPolicies(dir);
            return new TenantRegistry(current, loadTenantPolicyHistory(dir, current));
          },
        },
        { provide: TokenVerifier, useFactory: () => new TokenVerifier(tokenVerifierConfigFromEnv()) },
        { provide: MetricsService, useFactory: () => new MetricsService(options.serviceName) },
        HealthRegistry,
        HttpMetricsMiddleware,
        { provide: APP_GUARD, useClass: AuthGuard },
        // After AuthGuard, which names the caller the limits count (global guards run in this order).
        { provide: APP_GUARD, useClass: RateLimitGuard },
        // After AuthGuard (global guards run in this order): unknown query parameters answer 422.
        { provide: APP_GUARD, useClass: QueryParametersGuard },
        // Last: a body is looked at only for an authenticated caller (or on a public route); docs/adr/0031.
        { provide: APP_GUARD, useClass: BodyGuard },
        { provide: APP_FILTER, useClass: ErrorFilter },
      ],
      exports: [SERVICE_NAME, TenantRegistry, TokenVerifier, MetricsService, HealthRegistry],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpMetricsMiddleware).forRoutes('*');
  }

  /** The spans still buffered are sent before the process ends (after the relay and consumers stopped). */
  async onApplicationShutdown(): Promise<void> {
    await stopTracing();
  }
}
