/** The logging the messaging runtime needs; a service adapts its pino logger to it. */
export interface MessagingLogger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** Default: warnings and errors to stderr, info dropped (a relay would otherwise log every batch). */
export const consoleLogger: MessagingLogger = {
  info: () => undefined,
  warn: (message, fields) => console.warn(`[messaging] ${message}`, fields ?? ''),
  error: (message, fields) => console.error(`[messaging] ${message}`, fields ?? ''),
};

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
