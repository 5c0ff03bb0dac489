import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { components as IntakeComponents, paths as IntakePaths } from './generated/intake';
import type { paths as EligibilityPaths } from './generated/eligibility';
import type { paths as CommitteePaths } from './generated/committee-review';
import type { paths as PartnerPaths } from './generated/partner-allocation';
import type { paths as FeedbackPaths } from './generated/feedback';

/** The platform's error body (ErrorFilter, docs/adr/0031): bilingual message, field-level reasons. */
export type ErrorBody = IntakeComponents['schemas']['Error'];
export type Bilingual = { ar: string; en: string };

/** An answer other than 2xx, with the body the service sent (or a made-up one when there was none). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
  ) {
    super(body.message.en);
  }

  /** The reasons the service gave for one field (`applicant.nationalId`), empty when none. */
  reasonsFor(field: string): Bilingual[] {
    return (this.body.fields ?? []).filter((f) => f.field === field).flatMap((f) => f.reasons as Bilingual[]);
  }
}

const UNREACHABLE: ErrorBody = {
  statusCode: 503,
  code: 'unreachable',
  message: { ar: 'الخدمة غير متاحة الآن، حاول بعد قليل', en: 'The service is not available now; try again shortly' },
};

/** Turns an openapi-fetch answer into its data, or throws ApiError with the service's own reasons. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call.catch(() => ({ data: undefined, error: UNREACHABLE, response: new Response(null, { status: 503 }) }));
  if (response.ok) return data as T;
  const body = error as Partial<ErrorBody> | undefined;
  if (body && typeof body === 'object' && body.message && typeof body.message === 'object') throw new ApiError(response.status, body as ErrorBody);
  throw new ApiError(response.status, { ...UNREACHABLE, statusCode: response.status, code: `http-${response.status}` });
}

/** How often a request the platform answered 503 is sent again (an engine or the sign-in service restarting). */
const ATTEMPTS_ON_UNAVAILABLE = 4;

/**
 * fetch, sending a request again while the platform answers 503 (an engine or the sign-in service is
 * briefly unavailable; nothing durable happened), after its Retry-After (at most 5 s). A POST is safe to
 * send again because it carries the same Idempotency-Key each time (docs/adr/0023, 0048).
 */
export async function fetchRetryingUnavailable(request: Request, send: (request: Request) => Promise<Response> = (r) => fetch(r)): Promise<Response> {
  for (let attempt = 1; ; attempt += 1) {
    const response = await send(request.clone());
    if (response.status !== 503 || attempt >= ATTEMPTS_ON_UNAVAILABLE) return response;
    const seconds = Number(response.headers.get('retry-after') ?? 1);
    await new Promise((resolve) => setTimeout(resolve, Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds * 1000, 5000) : 1000));
  }
}

export interface ApiClients {
  intake: Client<IntakePaths>;
  eligibility: Client<EligibilityPaths>;
  committee: Client<CommitteePaths>;
  partner: Client<PartnerPaths>;
  feedback: Client<FeedbackPaths>;
}

/** One typed client per service, each behind /api/<service> on the console's own origin (tools/console/serve.ts). */
export function apiClients(token: () => string | undefined, language: () => string): ApiClients {
  const headers: Middleware = {
    onRequest({ request }) {
      const bearer = token();
      if (bearer) request.headers.set('authorization', `Bearer ${bearer}`);
      request.headers.set('accept-language', language());
      // one key per action, kept across the retries above, so a retried POST is done once (docs/adr/0023)
      if (request.method === 'POST' && !request.headers.has('idempotency-key')) request.headers.set('idempotency-key', crypto.randomUUID());
      return request;
    },
  };
  const make = <P extends object>(service: string): Client<P> => {
    const client = createClient<P>({ baseUrl: `${window.location.origin}/api/${service}`, fetch: (request) => fetchRetryingUnavailable(request) });
    client.use(headers);
    return client;
  };
  return {
    intake: make<IntakePaths>('intake'),
    eligibility: make<EligibilityPaths>('eligibility'),
    committee: make<CommitteePaths>('committee-review'),
    partner: make<PartnerPaths>('partner-allocation'),
    feedback: make<FeedbackPaths>('feedback'),
  };
}
