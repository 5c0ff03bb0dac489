import type { BoundedContext } from '@athar/contracts';

/** Fixed local ports (README, "Ports"); any of them can be overridden, e.g. ATHAR_ELIGIBILITY_URL. */
export const SERVICE_PORTS: Record<BoundedContext, number> = {
  intake: 3001,
  eligibility: 3002,
  'committee-review': 3003,
  'partner-allocation': 3004,
  feedback: 3005,
};

export function serviceUrl(context: BoundedContext, env: NodeJS.ProcessEnv = process.env): string {
  const key = `ATHAR_${context.toUpperCase().replace(/-/g, '_')}_URL`;
  return env[key] ?? `http://127.0.0.1:${SERVICE_PORTS[context]}`;
}

export function servicePort(context: BoundedContext, env: NodeJS.ProcessEnv = process.env): number {
  const key = `ATHAR_${context.toUpperCase().replace(/-/g, '_')}_PORT`;
  return env[key] ? Number(env[key]) : SERVICE_PORTS[context];
}
