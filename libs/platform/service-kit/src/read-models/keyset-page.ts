import { createHash } from 'node:crypto';
import { UnprocessableEntityException } from '@nestjs/common';
import type { FilterQuery, Model } from 'mongoose';
import { canonicalJson, type Bilingual } from '@athar/contracts';

/**
 * Keyset pagination for every list and queue of the platform (docs/adr/0029): the page after a cursor
 * is "the rows that sort after the last row you saw", not "skip N rows". A row that closes (leaves
 * the filter) or is added while someone pages therefore never shifts another row into a page already
 * read, nor out of one not read yet: nothing is skipped or repeated.
 */

/** One sort key. The last key of a sort must be unique within the filter (a case id, a row id). */
export interface SortKey {
  field: string;
  /** 1 ascending, -1 descending. */
  direction: 1 | -1;
  /** `integer`: a safe integer (a PostgreSQL row id, microseconds), refused otherwise before it reaches SQL. */
  kind: 'date' | 'string' | 'number' | 'integer';
  /** May be null or absent: sorted first ascending and last descending, as MongoDB (and FerretDB) sort them. */
  nullable?: boolean;
}

export interface KeysetRequest<T> {
  /** Names the list; a cursor minted by another list is refused. */
  list: string;
  /** What the caller may see and asked for (tenant, owner, filters). The total counts it. */
  filter: FilterQuery<T>;
  sort: readonly SortKey[];
  limit: number;
  cursor?: string;
  /**
   * The caller's filters as they asked for them (the query without `cursor` and `limit`): a cursor is
   * bound to them, so one minted under other filters is refused rather than answered with a page of
   * some other list. Changing the page size mid-walk is fine.
   */
  filters: Record<string, unknown>;
}

export interface KeysetPage<T> {
  rows: T[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
  /** Rows the filter matches now, cursor aside. */
  total: number;
}

type KeyValue = string | number | null;

interface CursorBody {
  /** list */
  l: string;
  /** filters' fingerprint */
  f: string;
  /** the last row's sort values */
  k: KeyValue[];
}

/** 422 naming `cursor`, Arabic and English, like every other refused field. */
function cursorRefused(reason: Bilingual): UnprocessableEntityException {
  return new UnprocessableEntityException({
    code: 'validation-failed',
    message: { ar: 'مؤشر الصفحة غير صالح', en: 'The cursor is not valid' },
    fields: [{ field: 'cursor', reasons: [reason] }],
  });
}

const fingerprint = (filters: Record<string, unknown>): string => {
  const asked = Object.fromEntries(
    Object.entries(filters).filter(([key, value]) => key !== 'cursor' && key !== 'limit' && value !== undefined && value !== null),
  );
  return createHash('sha256').update(canonicalJson(asked)).digest('base64url').slice(0, 12);
};

const NOT_OURS: Bilingual = { ar: 'استخدم nextCursor كما أُعيد من هذه القائمة', en: 'pass nextCursor exactly as this list returned it' };
const OTHER_FILTERS: Bilingual = {
  ar: 'المؤشر صدر مع مرشحات أخرى؛ ابدأ من الصفحة الأولى أو أعد المرشحات نفسها',
  en: 'the cursor was issued for other filters; start again from the first page or send the same filters',
};

function keyValueOf(key: SortKey, value: unknown): KeyValue {
  if (value === null || value === undefined) {
    if (!key.nullable) throw new Error(`keyset: ${key.field} is null in a row but not declared nullable`);
    return null;
  }
  if (key.kind === 'date') return new Date(value as Date | string).toISOString();
  if (key.kind === 'number' || key.kind === 'integer') return Number(value);
  return String(value);
}

export function encodeCursor(list: string, filters: Record<string, unknown>, sort: readonly SortKey[], row: Record<string, unknown>): string {
  const body: CursorBody = { l: list, f: fingerprint(filters), k: sort.map((key) => keyValueOf(key, row[key.field])) };
  return Buffer.from(JSON.stringify(body)).toString('base64url');
}

/** The last row's sort values, or a 422 naming `cursor`: malformed, of another list, for other filters. */
export function decodeCursor(list: string, filters: Record<string, unknown>, sort: readonly SortKey[], raw: string): KeyValue[] {
  let body: Partial<CursorBody>;
  try {
    body = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Partial<CursorBody>;
  } catch {
    throw cursorRefused(NOT_OURS);
  }
  if (!body || typeof body !== 'object' || body.l !== list || !Array.isArray(body.k) || body.k.length !== sort.length) throw cursorRefused(NOT_OURS);
  const values = body.k;
  const wellTyped = sort.every((key, i) => {
    const value = values[i] as unknown;
    if (value === null) return key.nullable === true;
    if (key.kind === 'date') return typeof value === 'string' && !Number.isNaN(Date.parse(value));
    if (key.kind === 'number') return typeof value === 'number' && Number.isFinite(value);
    if (key.kind === 'integer') return Number.isSafeInteger(value);
    return typeof value === 'string';
  });
  if (!wellTyped) throw cursorRefused(NOT_OURS);
  if (body.f !== fingerprint(filters)) throw cursorRefused(OTHER_FILTERS);
  return values;
}

const asQueryValue = (key: SortKey, value: KeyValue): unknown => (value !== null && key.kind === 'date' ? new Date(value) : value);

/** `field` sorts strictly after `value` in the key's direction; undefined when nothing can. */
function beyond(key: SortKey, value: KeyValue): Record<string, unknown> | undefined {
  if (value === null) return key.direction === 1 ? { [key.field]: { $ne: null } } : undefined;
  const operand = asQueryValue(key, value);
  if (key.direction === 1) return { [key.field]: { $gt: operand } };
  const before = { [key.field]: { $lt: operand } };
  return key.nullable ? { $or: [before, { [key.field]: null }] } : before;
}

/**
 * The rows after the cursor's row in the sort order: (k1 after v1) or (k1 = v1 and k2 after v2) or …
 * Exported for its unit test.
 */
export function afterCondition(sort: readonly SortKey[], values: readonly KeyValue[]): Record<string, unknown> {
  const branches: Record<string, unknown>[] = [];
  for (let i = 0; i < sort.length; i += 1) {
    const next = beyond(sort[i], values[i]);
    if (!next) continue;
    const equal = sort.slice(0, i).map((key, j) => ({ [key.field]: asQueryValue(key, values[j]) }));
    branches.push(equal.length === 0 ? next : { $and: [...equal, next] });
  }
  // Nothing sorts after the last possible row: match nothing.
  return branches.length > 0 ? { $or: branches } : { _id: { $in: [] } };
}

/** One page of a list: `limit` rows after the cursor, the cursor of the next page, and the filter's total. */
export async function keysetPage<T>(model: Model<T>, request: KeysetRequest<NoInfer<T>>): Promise<KeysetPage<T>> {
  const { list, filter, sort, limit, cursor, filters } = request;
  const after = cursor ? afterCondition(sort, decodeCursor(list, filters, sort, cursor)) : undefined;
  // Beside the filter's own fields rather than under $and, so FerretDB can still push the filter's
  // equalities (tenant, status) down to PostgreSQL; $and when the filter has an $or or _id of its own.
  const query = (!after ? filter : '$or' in filter || '_id' in filter ? { $and: [filter, after] } : { ...filter, ...after }) as FilterQuery<T>;
  const order = Object.fromEntries(sort.map((key) => [key.field, key.direction])) as Record<string, 1 | -1>;
  const [rows, total] = await Promise.all([
    model
      .find(query)
      .sort(order)
      .limit(limit + 1)
      .lean<T[]>()
      .exec(),
    model.countDocuments(filter).exec(),
  ]);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1] as Record<string, unknown> | undefined;
  return { rows: page, nextCursor: rows.length > limit && last ? encodeCursor(list, filters, sort, last) : null, total };
}
