import { isEncryptedField, type EncryptedField } from '@athar/contracts';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether any of the dotted paths holds a value (absent and undefined fields are left alone). */
export function hasAnyPath(data: unknown, paths: readonly string[]): boolean {
  return paths.some((path) => valueAt(data, path.split('.')) != null);
}

function valueAt(data: unknown, segments: string[]): unknown {
  let current = data;
  for (const segment of segments) {
    if (!isObject(current)) return undefined;
    current = current[segment];
  }
  return current;
}

/**
 * A copy of `data` with the value at each dotted path replaced by `seal(value)`; everything else,
 * including the objects on the way, is copied unchanged. Already sealed values are not sealed twice.
 */
export function sealPaths(data: unknown, paths: readonly string[], seal: (value: unknown, path: string) => EncryptedField): unknown {
  let result = data;
  for (const path of paths) result = sealOne(result, path.split('.'), (value) => seal(value, path));
  return result;
}

function sealOne(data: unknown, [head, ...rest]: string[], seal: (value: unknown) => EncryptedField): unknown {
  if (!isObject(data) || data[head] == null) return data; // absent or null: nothing personal to hide
  if (rest.length === 0) return isEncryptedField(data[head]) ? data : { ...data, [head]: seal(data[head]) };
  return { ...data, [head]: sealOne(data[head], rest, seal) };
}

/** Every encrypted field in `data`, wherever it is (readers need no list of paths, so any version reads). */
export function encryptedFieldsIn(data: unknown, found: EncryptedField[] = []): EncryptedField[] {
  if (isEncryptedField(data)) found.push(data);
  else if (Array.isArray(data)) data.forEach((item) => encryptedFieldsIn(item, found));
  else if (isObject(data)) Object.values(data).forEach((value) => encryptedFieldsIn(value, found));
  return found;
}

/**
 * A copy of `data` with each encrypted field replaced by `open(field, path)`, `path` being where it was
 * found (dotted, as sealPaths names it); plaintext (older events) passes through.
 */
export function openFields(data: unknown, open: (field: EncryptedField, path: string) => unknown, path = ''): unknown {
  if (isEncryptedField(data)) return open(data, path);
  const at = (key: string | number) => (path === '' ? String(key) : `${path}.${key}`);
  if (Array.isArray(data)) return data.map((item, index) => openFields(item, open, at(index)));
  if (isObject(data)) return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, openFields(value, open, at(key))]));
  return data;
}
