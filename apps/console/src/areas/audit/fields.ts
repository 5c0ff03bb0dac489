/** A JSON value as flat rows (dotted path, value as text), the way the auditor reads an event's data or a state. */
export function flatten(value: unknown, path = ''): Array<[string, string]> {
  if (value === null || value === undefined) return path ? [[path, '—']] : [];
  if (Array.isArray(value)) {
    if (value.length === 0) return path ? [[path, '[]']] : [];
    return value.flatMap((item, index) => flatten(item, path ? `${path}.${index}` : String(index)));
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return path ? [[path, '{}']] : [];
    return entries.flatMap(([key, item]) => flatten(item, path ? `${path}.${key}` : key));
  }
  return [[path, String(value)]];
}

/** A `datetime-local` value (the browser's own time zone) as an ISO instant with its offset, or undefined when empty. */
export function instantOf(local: string): string | undefined {
  if (local.trim() === '') return undefined;
  const at = new Date(local);
  return Number.isNaN(at.getTime()) ? local : at.toISOString();
}
