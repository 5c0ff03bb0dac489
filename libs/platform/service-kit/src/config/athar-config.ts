import { ConfigModule } from '@nestjs/config';
import type { DynamicModule } from '@nestjs/common';
import { z } from 'zod';
import { DEFAULT_INSTANCE } from '@athar/contracts';
import { checkpointConfigFromEnv, pgConnectionsFromEnv } from '@athar/event-store';
import { tokenVerifierConfigFromEnv } from '@athar/identity';
import { consumerPartitionsFromEnv, kafkaConfigFromEnv } from '@athar/messaging';
import { TenantKeyring } from '@athar/personal-data';
import { corsOriginsFromEnv } from '../http/cors';
import { IdempotencySecrets } from '../http/idempotency/idempotency.secrets';
import { rateLimitsFromEnv } from '../http/rate-limit';
import { trustProxyFromEnv } from '../http/trust-proxy';
import { metricsAccessFromEnv } from '../observability/metrics';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** An optional variable: unset and empty both mean "the default" (as every reader did before). */
const optional = <T extends z.ZodTypeAny>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional());
const url = (protocols: string[]) =>
  z.string().refine(
    (text) => {
      try {
        return protocols.includes(new URL(text).protocol);
      } catch {
        return false;
      }
    },
    `must be a ${protocols.map((p) => p.replace(':', '')).join(' or ')} URL`,
  );

/**
 * Each variable's parser, run to collect its complaint: the libraries keep their `…FromEnv` readers
 * (tools use them too), and the service refuses to start if any of them would throw.
 */
export interface VariableReader {
  variables: string[];
  parse: (env: NodeJS.ProcessEnv) => unknown;
}

const PARSED_BY_LIBRARIES: VariableReader[] = [
  { variables: ['ATHAR_RATE_LIMIT_PER_USER', 'ATHAR_RATE_LIMIT_PER_TENANT'], parse: rateLimitsFromEnv },
  { variables: ['ATHAR_TRUST_PROXY'], parse: trustProxyFromEnv },
  { variables: ['ATHAR_CORS_ORIGINS'], parse: corsOriginsFromEnv },
  { variables: ['ATHAR_METRICS_TOKEN'], parse: metricsAccessFromEnv },
  { variables: ['ATHAR_IDEMPOTENCY_SECRET'], parse: (env) => IdempotencySecrets.fromEnv(env) },
  { variables: ['ATHAR_TENANT_KEYS'], parse: (env) => TenantKeyring.fromEnv(env) },
  {
    variables: [
      'ATHAR_JWT_PUBLIC_KEY',
      'ATHAR_JWT_PUBLIC_KEY_FILE',
      'ATHAR_JWKS_URL',
      'ATHAR_JWKS_COOLDOWN_MS',
      'ATHAR_JWKS_TIMEOUT_MS',
      'ATHAR_JWKS_STALE_MAX_MS',
      'ATHAR_JWKS_CACHE_MAX_AGE_MS',
    ],
    parse: tokenVerifierConfigFromEnv,
  },
  { variables: ['KAFKA_BROKERS'], parse: kafkaConfigFromEnv },
  { variables: ['ATHAR_CONSUMER_PARTITIONS'], parse: consumerPartitionsFromEnv },
  { variables: ['ATHAR_PG_URL', 'ATHAR_PG_MIGRATION_URL'], parse: pgConnectionsFromEnv },
  {
    variables: ['ATHAR_CHECKPOINT_KEY_FILE', 'ATHAR_CHECKPOINT_DIR', 'ATHAR_CHECKPOINT_EVERY_EVENTS', 'ATHAR_CHECKPOINT_EVERY_SECONDS'],
    parse: checkpointConfigFromEnv,
  },
];

/**
 * The environment every service reads (names and defaults as README's table documents them). Parsed
 * once at start-up; every problem is reported together, one line per variable.
 */
export const atharEnvSchema = z
  .object({
    ATHAR_INSTANCE: z
      .string()
      .regex(/^[a-z][a-z0-9_]*$/, 'must be lower-case letters, digits or _, starting with a letter')
      .default(DEFAULT_INSTANCE),
    HOST: optional(z.string().min(1)),
    LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
    NODE_ENV: z.string().optional(),
    ATHAR_ENV: z.string().optional(),
    ATHAR_MONGO_URL: optional(url(['mongodb:', 'mongodb+srv:'])).transform((value) => value ?? 'mongodb://127.0.0.1:27017'),
    ATHAR_PG_URL: optional(url(['postgres:', 'postgresql:'])),
    ATHAR_PG_MIGRATION_URL: optional(url(['postgres:', 'postgresql:'])),
    TEMPORAL_ADDRESS: z
      .string()
      .regex(/^[^\s:]+:\d+$/, 'must be host:port')
      .default('127.0.0.1:7233'),
    TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
    // Workflows a service's Temporal worker keeps in memory between their tasks (docs/adr/0057).
    ATHAR_TEMPORAL_CACHED_WORKFLOWS: optional(
      z.coerce.number().int('must be a whole number').min(2, 'must be from 2 to 20000').max(20_000, 'must be from 2 to 20000'),
    ).transform((value) => value ?? 500),
    ATHAR_POLICY_DIR: optional(z.string()),
    ATHAR_SMTP_URL: optional(url(['smtp:', 'smtps:'])),
    ATHAR_MAIL_FROM: z.string().min(1).default('no-reply@athar.local'),
  })
  .passthrough();

/** Variables one service alone reads (its own readers), declared by its module file: checked with the rest at start-up. */
const DECLARED_BY_SERVICES: VariableReader[] = [];

/**
 * A service declares the variables only it reads (e.g. intake's person-key secret), with the reader
 * its code uses: the service then refuses to start while any of them is wrong, listed with the others.
 */
export function declareServiceVariables(...readers: VariableReader[]): void {
  for (const reader of readers) if (!DECLARED_BY_SERVICES.includes(reader)) DECLARED_BY_SERVICES.push(reader);
}

/** What the libraries' and the service's own readers refuse, one problem per reader. */
function libraryProblems(env: NodeJS.ProcessEnv): string[] {
  const problems: string[] = [];
  for (const { variables, parse } of [...PARSED_BY_LIBRARIES, ...DECLARED_BY_SERVICES]) {
    try {
      parse(env);
    } catch (error) {
      const message = (error as Error).message;
      problems.push(variables.some((name) => message.includes(name)) ? message : `${variables.join(' / ')}: ${message}`);
    }
  }
  return problems;
}

export type AtharConfig = z.infer<typeof atharEnvSchema>;

export class InvalidConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'InvalidConfigurationError';
  }
}

/** Validates an environment, listing every problem (not just the first) in one error. */
export function validateAtharEnv(env: Record<string, unknown>): AtharConfig {
  const result = atharEnvSchema.safeParse(env);
  const problems = result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  problems.push(...libraryProblems(env as NodeJS.ProcessEnv));
  if (problems.length > 0 || !result.success) throw new InvalidConfigurationError(problems);
  return result.data;
}

let loaded: AtharConfig | undefined;

/** This process's configuration, validated on first use (module definitions read it at start-up). */
export function atharConfig(): AtharConfig {
  loaded ??= validateAtharEnv(process.env);
  return loaded;
}

/** The one place the instance name is read (docs/adr/0006-instance-names.md). */
export function atharInstance(): string {
  return atharConfig().ATHAR_INSTANCE;
}

/** `ConfigService<AtharConfig>` for every module, validated with the same schema. */
export function atharConfigModule(): Promise<DynamicModule> {
  return ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, validate: validateAtharEnv });
}
