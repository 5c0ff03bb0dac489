import type { Model } from 'mongoose';

/**
 * Writes a read-model row unless a newer (or the same) version is already there. Two rebuilds racing on a
 * row that does not exist yet both miss the update; the one whose insert loses (duplicate key) updates
 * again, so the newer version wins whichever came first (as the agreements' projection does).
 */
export async function writeIfNewer<T>(model: Model<T>, id: string, version: number, row: Record<string, unknown>): Promise<void> {
  const update = async () =>
    (await model.updateOne({ _id: id, version: { $lt: version } } as never, { $set: { ...row, version } } as never).exec()).matchedCount > 0;
  if (await update()) return;
  try {
    await model.create({ _id: id, ...row, version });
  } catch (error) {
    if ((error as { code?: number }).code !== 11000) throw error;
    await update(); // the row appeared meanwhile: replace it if it is older
  }
}
