import { DynamicModule, Global, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { TokenVerifier, tokenVerifierConfigFromEnv } from '@athar/identity';
import { loadTenantPolicies, TenantRegistry } from '@athar/tenancy';
import { AuthGuard, RequestRateLimits } from './http/auth.guard';
import { ErrorFilter } from './http/error.filter';
import { QueryParametersGuard } from './http/query-parameters';
import { HealthController, HealthRegistry } from './observability/health';
import { loggerParams } from './observability/logging';
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
export class ServiceKitModule implements NestModule {
  static forRoot(options: ServiceKitOptions): DynamicModule {
    return {
      module: ServiceKitModule,
      imports: [LoggerModule.forRoot(loggerParams(options.serviceName))],
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: SERVICE_NAME, useValue: options.serviceName },
        { provide: TenantRegistry, useFactory: () => new TenantRegistry(loadTenantPolicies(process.env.ATHAR_POLICY_DIR || undefined)) },
        { provide: TokenVerifier, useFactory: () => new TokenVerifier(tokenVerifierConfigFromEnv()) },
        { provide: MetricsService, useFactory: () => new MetricsService(options.serviceName) },
        HealthRegistry,
        HttpMetricsMiddleware,
        RequestRateLimits,
        { provide: APP_GUARD, useClass: AuthGuard },
        // After AuthGuard (global guards run in this order): unknown query parameters answer 422.
        { provide: APP_GUARD, useClass: QueryParametersGuard },
        { provide: APP_FILTER, useClass: ErrorFilter },
      ],
      exports: [SERVICE_NAME, TenantRegistry, TokenVerifier, MetricsService, HealthRegistry],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpMetricsMiddleware).forRoutes('*');
  }
}
