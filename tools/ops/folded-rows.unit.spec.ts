import { FoldedRows } from './folded-rows';

describe('rows folded in memory for a rebuild', () => {
  it('upserts a missing row from its _id, $setOnInsert, then $set, and keeps dates as dates', async () => {
    const rows = new FoldedRows();
    const at = new Date('2026-01-10T08:00:00.000Z');
    const result = await rows.updateOne({ _id: 't:1' }, { $set: { submittedAt: at }, $setOnInsert: { tenantId: 't', caseId: '1' } }, { upsert: true }).exec();
    expect(result).toEqual({ matchedCount: 0, upsertedCount: 1 });
    expect(rows.values()).toEqual([{ _id: 't:1', tenantId: 't', caseId: '1', submittedAt: at }]);
    expect(rows.values()[0].submittedAt).toBeInstanceOf(Date);
  });

  it('applies $setOnInsert only when it creates the row', async () => {
    const rows = new FoldedRows();
    await rows.updateOne({ _id: 'r' }, { $set: { a: 1 }, $setOnInsert: { caseId: 'first' } }, { upsert: true }).exec();
    await rows.updateOne({ _id: 'r' }, { $set: { b: 2 }, $setOnInsert: { caseId: 'second' } }, { upsert: true }).exec();
    expect(rows.values()).toEqual([{ _id: 'r', caseId: 'first', a: 1, b: 2 }]);
  });

  it('updates a row only when the rest of the filter matches it, a missing field matching null as in MongoDB', async () => {
    const rows = new FoldedRows();
    await rows.updateOne({ _id: 'r' }, { $set: { submittedAt: 1 } }, { upsert: true }).exec();
    // a request submitted with no draft: received at its submission
    await expect(rows.updateOne({ _id: 'r', draftedAt: null }, { $set: { receivedAt: 1 } }).exec()).resolves.toEqual({ matchedCount: 1, upsertedCount: 0 });
    // a later round's decision stands over an earlier one's
    await rows
      .updateOne({ _id: 'r', $or: [{ decisionRound: null }, { decisionRound: { $lte: 2 } }] }, { $set: { decision: 'accepted', decisionRound: 2 } })
      .exec();
    const earlier = await rows
      .updateOne({ _id: 'r', $or: [{ decisionRound: null }, { decisionRound: { $lte: 1 } }] }, { $set: { decision: 'refused', decisionRound: 1 } })
      .exec();
    expect(earlier).toEqual({ matchedCount: 0, upsertedCount: 0 });
    expect(rows.values()).toEqual([{ _id: 'r', submittedAt: 1, receivedAt: 1, decision: 'accepted', decisionRound: 2 }]);
  });

  it('sets a dotted path inside a nested document as MongoDB does', async () => {
    const rows = new FoldedRows();
    await rows.updateOne({ _id: 'r' }, { $set: { 'window.days': 14 } }, { upsert: true }).exec();
    await rows.updateOne({ _id: 'r' }, { $set: { 'window.counting': 'calendar' } }).exec();
    expect(rows.values()).toEqual([{ _id: 'r', window: { days: 14, counting: 'calendar' } }]);
  });

  it('does not create a row for an update without upsert', async () => {
    const rows = new FoldedRows();
    await expect(rows.updateOne({ _id: 'absent' }, { $set: { a: 1 } }).exec()).resolves.toEqual({ matchedCount: 0, upsertedCount: 0 });
    expect(rows.size).toBe(0);
  });

  it('refuses what it does not evaluate rather than fold it wrongly', async () => {
    const rows = new FoldedRows();
    await expect(rows.updateOne({ _id: 'r' }, { $inc: { n: 1 } } as never, { upsert: true }).exec()).rejects.toThrow('does not evaluate $inc');
    await expect(rows.updateOne({ tenantId: 't' } as never, { $set: { a: 1 } }).exec()).rejects.toThrow('_id in every filter');
    await expect(rows.updateOne({ _id: 'r', draftedAt: null }, { $set: { a: 1 } }, { upsert: true }).exec()).rejects.toThrow('upserts from an _id filter only');
  });
});
