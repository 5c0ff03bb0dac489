import type { INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { json } from 'express';
import { Logger } from 'nestjs-pino';
import { deferBodyParserErrors } from './http/body-guard';
import { corsOptions, corsOriginsFromEnv } from './http/cors';
import { securityHeaders } from './http/security-headers';
import { trustProxyFromEnv } from './http/trust-proxy';
import { createValidationPipe } from './http/validation';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';
import { completeDocument } from './http/openapi-document';
import { atharConfig } from './config/athar-config';
import { routesMissingFromOpenApi, RoutesMissingFromOpenApiError } from './http/openapi-coverage';
import { correlationMiddleware } from './observability/logging';
import { startTracing, tracingMiddleware } from './observability/tracing';

export interface BootstrapOptions {
  serviceName: string;
  title: string;
  description: string;
  port: number;
  host?: string;
  bodyLimit?: string;
}

const documents = new WeakMap<INestApplication, OpenAPIObject>();

/** Initialises the app (its routes are registered then) and refuses to go on if a route is not in its OpenAPI document. */
export async function initDocumentedApp(app: INestApplication): Promise<void> {
  await app.init();
  const document = documents.get(app);
  if (!document) throw new Error('initDocumentedApp: the app was not built by createServiceApp');
  const undocumented = routesMissingFromOpenApi(app, document).filter((route) => !/^[A-Z]+ \/docs(\/|-json|-yaml|$)/.test(route));
  if (undocumented.length > 0) throw new RoutesMissingFromOpenApiError(undocumented);
}

/** Builds the HTTP app the same way for every service (tests use it without listening). */
export async function createServiceApp(module: Type<unknown>, options: BootstrapOptions): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(module, { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  // The request's span first, so everything after it (logs included) runs inside it (docs/adr/0046).
  app.use(tracingMiddleware);
  app.use(correlationMiddleware);
  app.use(securityHeaders);
  app.enableCors(corsOptions(corsOriginsFromEnv()));
  app.use(json({ limit: options.bodyLimit ?? '256kb' }));
  // Parser refusals and unsafe bodies are answered by BodyGuard, after AuthGuard: 401 comes first.
  app.use(deferBodyParserErrors);
  app.useGlobalPipes(createValidationPipe());
  app.disable('x-powered-by');
  // Which proxies may name the client (the per-address limits key on request.ip): none unless configured.
  app.set('trust proxy', trustProxyFromEnv());
  if (process.execArgv.some((flag) => flag.startsWith('--cpu-prof'))) {
    // Node writes a profile (`node --cpu-prof`, the pipeline benchmark's --profile) only when the process
    // exits by itself; Nest's shutdown hooks end by raising the signal again, which would lose it.
    const stop = () => void app.close().finally(() => process.exit(0));
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  } else app.enableShutdownHooks();
  const document = completeDocument(
    SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle(options.title)
        .setDescription(options.description)
        .setVersion('1')
        .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
        .build(),
    ),
    // The rules the ValidationPipe checks, in the request schemas (docs/adr/0031).
    { validationRules: validationMetadatasToSchemas() as Record<string, SchemaObject> },
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  documents.set(app, document);
  return app;
}

/** One JSON line on stderr, readable before (or without) Nest's logger. */
function logFatal(serviceName: string, msg: string, error: unknown): void {
  const err = error instanceof Error ? { type: error.name, message: error.message, stack: error.stack } : { message: String(error) };
  process.stderr.write(`${JSON.stringify({ level: 50, time: Date.now(), service: serviceName, msg, err })}\n`);
}

/**
 * What the process does with a failure nobody awaited (docs/adr/0019):
 * - a promise rejected with no handler (a stray query on a connection that just died) is logged and
 *   the service keeps serving: every piece of work that matters is awaited and retried where it runs;
 * - an uncaught exception leaves the process in an unknown state: it is logged and the process exits
 *   non-zero, for the supervisor (npm start) or the orchestrator to start it again.
 */
export function installProcessHandlers(serviceName: string): void {
  process.on('unhandledRejection', (reason) => logFatal(serviceName, 'unhandled promise rejection (service keeps running)', reason));
  process.on('uncaughtException', (error) => {
    logFatal(serviceName, 'uncaught exception; exiting for the supervisor to restart the service', error);
    process.exit(70);
  });
}

export async function bootstrapService(module: Type<unknown>, options: BootstrapOptions): Promise<INestApplication> {
  installProcessHandlers(options.serviceName);
  // Before anything opens a connection: spans exported only when OTEL_EXPORTER_OTLP_ENDPOINT is set.
  startTracing(options.serviceName);
  try {
    const app = await createServiceApp(module, options);
    await initDocumentedApp(app);
    const host = options.host ?? atharConfig().HOST ?? '127.0.0.1';
    await app.listen(options.port, host);
    // Idle keep-alive connections: the server keeps one open longer than any client does (undici 4 s,
    // load balancers 60 s), so a client never reuses a connection the server is closing at that very
    // moment ("other side closed" on a busy machine).
    const server = app.getHttpServer() as { keepAliveTimeout: number; headersTimeout: number };
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 66_000;
    app.get(Logger).log({ msg: `${options.serviceName} listening`, url: `http://${host}:${options.port}`, docs: `/docs` });
    return app;
  } catch (error) {
    // A service that cannot start (an engine unreachable at start-up) exits, to be started again.
    logFatal(options.serviceName, 'start-up failed; exiting', error);
    process.exit(1);
  }
}
