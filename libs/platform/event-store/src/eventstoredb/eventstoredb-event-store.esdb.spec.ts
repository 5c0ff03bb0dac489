import { describeEventStoreContract } from '../event-store.contract';
import { EventStoreDbEventStore } from './eventstoredb-event-store';

// Selected only by `jest --selectProjects esdb`, which tools/scripts/test.sh runs when
// EVENTSTORE_CONNECTION_STRING is set (no EventStoreDB can be installed on the development machine).
jest.setTimeout(60_000);
const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;
if (!connectionString) throw new Error('Set EVENTSTORE_CONNECTION_STRING (e.g. esdb://127.0.0.1:2113?tls=false) to run this suite');

describeEventStoreContract('EventStoreDB', async () => {
  const store = EventStoreDbEventStore.fromConnectionString(connectionString);
  return { store, dispose: () => store.close() };
});
