// Rebuilding a read model from the event store (docs/runbook.md, "Rebuilding a read model"): the
// store's events in order, opened and upcast as the messaging runtime hands them to a handler, fed
// through the real projection's handlers: `npm run read-model:rebuild`. The rebuild benchmark
// (tools/bench/rebuild.ts) times the same loop.
import type { Connection } from 'mongoose';
import { eventUpcasting, type RecordedEvent } from '@athar/contracts';
import type { EventStore } from '@athar/event-store';
import type { PersonalDataProtector } from '@athar/personal-data';
import { EventHandlers } from '@athar/service-kit';
import { CaseFiguresProjection } from '../../apps/intake/src/figures/case-figures.projection';
import { CaseFigure, CaseFigureSchema } from '../../apps/intake/src/figures/case-figures.schema';

const PAGE = 500;

/** Every event of the store in pages of 500, each page handed to `each` (awaited) before the next is read. */
export async function readAllPages(store: EventStore, each: (page: RecordedEvent[]) => Promise<void> = async () => undefined): Promise<number> {
  let read = 0;
  for (let after: string | undefined = '0'; after !== undefined;) {
    const page = await store.readAll({ after, maxCount: PAGE });
    read += page.length;
    await each(page);
    after = page.length === PAGE ? page[page.length - 1].globalPosition : undefined;
  }
  return read;
}

/**
 * Feeds every stored event of a type the handlers take through them, one at a time in store order (as
 * one consumer partition applies them), personal fields opened and the data upcast first.
 */
export async function replayStore(store: EventStore, personalData: PersonalDataProtector, handlers: EventHandlers): Promise<{ read: number; applied: number }> {
  const types = new Set(handlers.types());
  let applied = 0;
  const read = await readAllPages(store, async (page) => {
    const wanted = page.filter((event) => types.has(event.type));
    for (const event of await personalData.open(wanted)) {
      await handlers.dispatch(eventUpcasting.upcastKnown(event));
      applied += 1;
    }
  });
  return { read, applied };
}

/** The read models that can be rebuilt this way: each the one projection that writes its collection. */
export const READ_MODELS = {
  /** Intake's case figures (`<instance>_intake.case_figures`): the director's and the board's figures. */
  'case-figures': { database: 'intake', collection: 'case_figures' },
} as const;
export type ReadModelName = keyof typeof READ_MODELS;

/**
 * Drops the case-figures collection of the service's database and replays the store into it. A running
 * intake may write the same rows meanwhile: each event sets only its own facts, so both end the same.
 */
export async function rebuildCaseFigures(
  store: EventStore,
  personalData: PersonalDataProtector,
  database: Connection,
): Promise<{ read: number; applied: number; rows: number }> {
  const figures = database.models[CaseFigure.name] ?? database.model(CaseFigure.name, CaseFigureSchema);
  await figures.collection.drop().catch((error: { codeName?: string }) => {
    if (error.codeName !== 'NamespaceNotFound') throw error;
  });
  await figures.init();
  await figures.createIndexes();
  const handlers = new EventHandlers();
  new CaseFiguresProjection(handlers, figures).onModuleInit();
  const { read, applied } = await replayStore(store, personalData, handlers);
  return { read, applied, rows: await figures.countDocuments() };
}
