import { isEmail } from 'class-validator';
import type { Problems } from './problems';

/**
 * An email address as a person types it: trimmed, lower-cased, checked with validator.js's isEmail
 * (through class-validator): a dotted domain, no display name, at most 254 characters.
 */
export function normalizeEmail(raw: string, field: string, problems: Problems): string | null {
  const email = raw.trim().toLowerCase();
  if (email.length > 254 || !isEmail(email, { require_tld: true, allow_display_name: false, allow_ip_domain: false, allow_utf8_local_part: false })) {
    problems.add(field, 'البريد الإلكتروني غير صحيح، مثل name@example.com', 'the email address is not valid, e.g. name@example.com');
    return null;
  }
  return email;
}
