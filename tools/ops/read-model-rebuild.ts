// Rebuilding a read model from the event store (docs/runbook.md, "Rebuilding a read model"): the
// store's events in order, opened and upcast as the messaging runtime hands them to a handler, fed
// through the real projection's handlers: `npm run read-model:rebuild`. The rebuild benchmark
// (tools/bench/rebuild.ts) times the same loop.
import { performance } from 'node:perf_hooks';
import type { Connection, Model } from 'mongoose';
import { eventUpcasting, type RecordedEvent } from '@athar/contracts';
import type { EventStore } from '@athar/event-store';
import type { PersonalDataProtector } from '@athar/personal-data';
import { EventHandlers } from '@athar/service-kit';
import { CaseFiguresProjection } from '../../apps/intake/src/figures/case-figures.projection';
import { CaseFigure, CaseFigureSchema } from '../../apps/intake/src/figures/case-figures.schema';
import { FoldedRows } from './folded-rows';

const PAGE = 500;

/** Every event of the store after `after` in pages of 500, each page handed to `each` (awaited) before the next is read. */
export async function readAllPages(
  store: EventStore,
  each: (page: RecordedEvent[]) => Promise<void> = async () => undefined,
  from = '0',
): Promise<{ read: number; last: string }> {
  let read = 0;
  let last = from;
  for (let after: string | undefined = from; after !== undefined;) {
    const page = await store.readAll({ after, maxCount: PAGE });
    read += page.length;
    await each(page);
    if (page.length > 0) last = page[page.length - 1].globalPosition;
    after = page.length === PAGE ? last : undefined;
  }
  return { read, last };
}

/**
 * Feeds every stored event after `from` of a type the handlers take through them, one at a time in
 * store order (as one consumer partition applies them), personal fields opened and the data upcast first.
 */
export async function replayStore(
  store: EventStore,
  personalData: PersonalDataProtector,
  handlers: EventHandlers,
  from = '0',
): Promise<{ read: number; applied: number; last: string }> {
  const types = new Set(handlers.types());
  let applied = 0;
  const { read, last } = await readAllPages(
    store,
    async (page) => {
      const wanted = page.filter((event) => types.has(event.type));
      for (const event of await personalData.open(wanted)) {
        await handlers.dispatch(eventUpcasting.upcastKnown(event));
        applied += 1;
      }
    },
    from,
  );
  return { read, applied, last };
}

/** The read models that can be rebuilt this way: each the one projection that writes its collection. */
export const READ_MODELS = {
  /** Intake's case figures (`<instance>_intake.case_figures`): the director's and the board's figures. */
  'case-figures': { database: 'intake', collection: 'case_figures' },
} as const;
export type ReadModelName = keyof typeof READ_MODELS;

/**
 * Rebuilds the case-figures collection of the service's database (docs/adr/0053):
 *  1. folds every stored event into rows held in memory, through the real projection's handlers
 *     (FoldedRows evaluates their `updateOne` calls), without one FerretDB round trip per event;
 *  2. writes the rows into a fresh collection beside the live one (`case_figures_rebuild`, the schema's
 *     indexes first), 500 to an insert, then drops the live one and renames the fresh one in its place;
 *  3. catches up: the events stored since the fold are applied to the live collection one at a time.
 * A running intake may write the live collection meanwhile: what it wrote to the old one before the
 * rename is an event the catch-up applies again, and each event sets only its own facts, so both end
 * the same. `afterFold` runs between 1 and 2 (the integration test stores an event there).
 */
export async function rebuildCaseFigures(
  store: EventStore,
  personalData: PersonalDataProtector,
  database: Connection,
  options: { afterFold?: () => Promise<void> } = {},
): Promise<{ read: number; applied: number; rows: number; caughtUp: number; seconds: { fold: number; write: number; catchUp: number } }> {
  const clock = (since: number) => (performance.now() - since) / 1000;
  let began = performance.now();
  const live = database.models[CaseFigure.name] ?? database.model(CaseFigure.name, CaseFigureSchema);
  const fresh = database.model(`${CaseFigure.name}Rebuild`, CaseFigureSchema, `${live.collection.collectionName}_rebuild`);

  const folded = new FoldedRows();
  const folding = new EventHandlers();
  new CaseFiguresProjection(folding, folded as unknown as Model<CaseFigure>).onModuleInit();
  const fold = await replayStore(store, personalData, folding);
  const foldSeconds = clock(began);
  await options.afterFold?.();
  began = performance.now();

  await dropIfThere(fresh);
  await fresh.createIndexes();
  const rows = folded.values();
  for (let i = 0; i < rows.length; i += PAGE) await fresh.insertMany(rows.slice(i, i + PAGE), { ordered: false });
  await replaceWith(fresh, live);

  const writeSeconds = clock(began);
  began = performance.now();
  const catchingUp = new EventHandlers();
  new CaseFiguresProjection(catchingUp, live).onModuleInit();
  const catchUp = await replayStore(store, personalData, catchingUp, fold.last);
  return {
    read: fold.read + catchUp.read,
    applied: fold.applied + catchUp.applied,
    rows: await live.countDocuments(),
    caughtUp: catchUp.applied,
    seconds: { fold: foldSeconds, write: writeSeconds, catchUp: clock(began) },
  };
}

/**
 * Renames `fresh` over `live`. FerretDB has no `dropTarget`: the live collection is dropped first, and a
 * row a running intake writes in between recreates it, so the drop and rename are tried again (what it
 * wrote is an event the catch-up applies again).
 */
async function replaceWith(fresh: Model<CaseFigure>, live: Model<CaseFigure>): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    await dropIfThere(live);
    try {
      await fresh.collection.rename(live.collection.collectionName);
      return;
    } catch (error) {
      if ((error as { codeName?: string }).codeName !== 'NamespaceExists' || attempt === 5) throw error;
    }
  }
}

async function dropIfThere(model: Model<CaseFigure>): Promise<void> {
  await model.collection.drop().catch((error: { codeName?: string }) => {
    if (error.codeName !== 'NamespaceNotFound') throw error;
  });
}
