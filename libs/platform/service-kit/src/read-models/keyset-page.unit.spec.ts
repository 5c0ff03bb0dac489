import { UnprocessableEntityException } from '@nestjs/common';
import { afterCondition, decodeCursor, encodeCursor, type SortKey } from './keyset-page';

const SORT: readonly SortKey[] = [
  { field: 'dueBy', direction: 1, kind: 'date', nullable: true },
  { field: 'caseId', direction: 1, kind: 'string' },
];

function refusal(run: () => unknown): { field: string; reasons: Array<{ ar: string; en: string }> } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UnprocessableEntityException);
    return ((error as UnprocessableEntityException).getResponse() as { fields: Array<{ field: string; reasons: Array<{ ar: string; en: string }> }> })
      .fields[0];
  }
  throw new Error('not refused');
}

describe('keyset cursors (docs/adr/0029)', () => {
  it('round-trips the last row’s sort values, dates as instants and nulls as nulls', () => {
    const cursor = encodeCursor('q', { stage: 'at-risk' }, SORT, { dueBy: new Date('2026-01-02T03:04:05Z'), caseId: 'c-1' });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor('q', { stage: 'at-risk', limit: 5, cursor: 'x' }, SORT, cursor)).toEqual(['2026-01-02T03:04:05.000Z', 'c-1']);
    const none = encodeCursor('q', {}, SORT, { dueBy: null, caseId: 'c-2' });
    expect(decodeCursor('q', {}, SORT, none)).toEqual([null, 'c-2']);
  });

  it.each([
    ['not base64 JSON', 'bm90LWpzb24'],
    ['JSON of the wrong shape', Buffer.from('[1,2]').toString('base64url')],
    ['a wrongly typed value', Buffer.from(JSON.stringify({ l: 'q', f: 'x', k: ['yesterday', 'c'] })).toString('base64url')],
    ['a null where the key is not nullable', Buffer.from(JSON.stringify({ l: 'q', f: 'x', k: ['2026-01-01T00:00:00Z', null] })).toString('base64url')],
  ])('refuses %s with 422 naming the cursor, in Arabic and English', (_name, raw) => {
    const field = refusal(() => decodeCursor('q', {}, SORT, raw));
    expect(field.field).toBe('cursor');
    expect(field.reasons[0].ar.length).toBeGreaterThan(0);
    expect(field.reasons[0].en).toMatch(/nextCursor/);
  });

  it('refuses a value that is not a safe integer for an integer key (a row id), before it reaches SQL', () => {
    const ids: readonly SortKey[] = [{ field: 'id', direction: -1, kind: 'integer' }];
    const minted = encodeCursor('q', {}, ids, { id: '42' });
    expect(decodeCursor('q', {}, ids, minted)).toEqual([42]);
    const body = JSON.parse(Buffer.from(minted, 'base64url').toString('utf8')) as Record<string, unknown>;
    for (const id of [1.5, 2 ** 60, '42']) {
      const forged = Buffer.from(JSON.stringify({ ...body, k: [id] })).toString('base64url');
      expect(refusal(() => decodeCursor('q', {}, ids, forged)).field).toBe('cursor');
    }
  });

  it("refuses another list's cursor, and one minted under other filters", () => {
    const cursor = encodeCursor('q', { stage: 'at-risk' }, SORT, { dueBy: null, caseId: 'c' });
    expect(refusal(() => decodeCursor('other', { stage: 'at-risk' }, SORT, cursor)).field).toBe('cursor');
    expect(refusal(() => decodeCursor('q', { stage: 'deadline-breached' }, SORT, cursor)).reasons[0].en).toMatch(/other filters/);
  });

  it('builds "after the last row" with nulls sorted first ascending and last descending', () => {
    const at = '2026-01-01T00:00:00.000Z';
    expect(afterCondition(SORT, [at, 'c'])).toEqual({ $or: [{ dueBy: { $gt: new Date(at) } }, { $and: [{ dueBy: new Date(at) }, { caseId: { $gt: 'c' } }] }] });
    expect(afterCondition(SORT, [null, 'c'])).toEqual({ $or: [{ dueBy: { $ne: null } }, { $and: [{ dueBy: null }, { caseId: { $gt: 'c' } }] }] });
    const desc: SortKey[] = [
      { field: 'at', direction: -1, kind: 'date', nullable: true },
      { field: 'id', direction: -1, kind: 'string' },
    ];
    expect(afterCondition(desc, [at, 'c'])).toEqual({
      $or: [{ $or: [{ at: { $lt: new Date(at) } }, { at: null }] }, { $and: [{ at: new Date(at) }, { id: { $lt: 'c' } }] }],
    });
    expect(afterCondition(desc, [null, 'c'])).toEqual({ $or: [{ $and: [{ at: null }, { id: { $lt: 'c' } }] }] });
  });
});
