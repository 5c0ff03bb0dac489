import type { Model } from 'mongoose';

/**
 * Sets fields on a read-model row only if the event is newer than the last one applied to it
 * (`lastPosition`), creating the row if missing. A redelivered or older event changes nothing, which
 * is how read models stay exact without transactions (FerretDB has none).
 */
export async function applyIfNewer<T>(model: Model<T>, id: string, position: string, fields: Record<string, unknown>): Promise<void> {
  const pos = Number(position);
  await model
    .updateOne({ _id: id, lastPosition: { $lt: pos } } as never, { $set: { ...fields, lastPosition: pos } } as never, { upsert: true })
    .exec()
    .catch((error: { code?: number }) => {
      // The row exists with a newer or equal position: this event was applied already.
      if (error.code !== 11000) throw error;
    });
}
