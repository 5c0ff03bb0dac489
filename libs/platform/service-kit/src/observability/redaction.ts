/**
 * What the logs never hold (docs/security.md, Tuwaiq 5-4): personal values. Logs are copied to
 * aggregators and backups that erasure cannot reach, so nothing personal is written to them at all.
 *
 * - A URL is logged as its path and the NAMES of its query parameters; values are dropped, since a
 *   query string can carry a mobile number, an email or a national ID.
 * - Objects logged by any code have the known personal fields censored by pino's `redact`, at any of
 *   the depths our log lines use.
 */
export const REDACTED = '[redacted]';

/** Field names that hold personal values in requests, events and errors. */
export const PERSONAL_FIELD_NAMES = [
  'fullName',
  'nationalId',
  'mobile',
  'email',
  'recipient',
  'signedName',
  'birthDate',
  'nationalAddress',
  'contact',
  'applicant',
  'sharedData',
  'fileName',
  'originalName',
  'filename',
] as const;

const PERSONAL = new Set<string>(PERSONAL_FIELD_NAMES);
/** Request parts that may carry any personal value: censored whole. */
const OPAQUE = new Set(['query', 'body', 'authorization', 'cookie']);
const MAX_DEPTH = 8;

/**
 * A copy of a log line's fields with every personal field censored, at any depth (pino's
 * `formatters.log`). Written as a walk rather than pino `redact` paths: overlapping wildcard paths
 * (`*.contact` and `*.*.mobile`) make fast-redact throw while logging.
 */
export function censorPersonal(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value) || depth > MAX_DEPTH) return '[…]';
  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => censorPersonal(item, depth + 1, seen));
  const source: Record<string, unknown> =
    value instanceof Error
      ? { type: value.name, message: value.message, stack: value.stack, ...(value as unknown as Record<string, unknown>) }
      : (value as Record<string, unknown>);
  const prototype: unknown = Object.getPrototypeOf(value);
  if (!(value instanceof Error) && !Array.isArray(value) && prototype !== Object.prototype && prototype !== null) {
    // Class instances (the HTTP request and response, buffers, dates) are left to pino's serializers,
    // which keep only what is safe (method and redacted URL, status code).
    return value;
  }
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(source)) {
    out[key] = PERSONAL.has(key) || OPAQUE.has(key) ? REDACTED : censorPersonal(field, depth + 1, seen);
  }
  return out;
}

/** `/notifications/outbox?recipient=%2B9665…&limit=5` → `/notifications/outbox?recipient=[redacted]&limit=[redacted]`. */
export function redactUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const question = url.indexOf('?');
  if (question < 0) return url;
  const names = url
    .slice(question + 1)
    .split('&')
    .filter((part) => part.length > 0)
    .map((part) => {
      const name = part.split('=')[0] ?? '';
      return `${safeName(name)}=${REDACTED}`;
    });
  return `${url.slice(0, question)}?${names.join('&')}`;
}

/** A parameter's name is logged only if it looks like a name; anything else could itself be a value. */
function safeName(name: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(name);
  } catch {
    return REDACTED;
  }
  return /^[A-Za-z][A-Za-z0-9_.-]{0,40}$/.test(decoded) ? decoded : REDACTED;
}
