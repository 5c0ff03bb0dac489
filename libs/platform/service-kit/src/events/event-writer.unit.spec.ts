import type { EventStore } from '@athar/event-store';
import { EventWriter } from './event-writer';

describe('EventWriter.load', () => {
  it('answers an empty read as no stream (a read racing the append that creates the stream), never a TypeError', async () => {
    const store = { readStream: () => Promise.resolve([]) } as unknown as EventStore;
    await expect(new EventWriter(store, 'committee-review').load('committee-review.review.t.c')).resolves.toEqual({ history: [], revision: 'no_stream' });
  });
});
