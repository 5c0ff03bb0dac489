/**
 * An erasure is recorded once (docs/adr/0013): a retry finds the first record and answers with it,
 * recording nothing more, so a half-done erasure is completed without a second fact.
 */
export function eraseOnce<T>(state: { erased: T | null }, fresh: T): { erased: T; record: T[] } {
  return state.erased ? { erased: state.erased, record: [] } : { erased: fresh, record: [fresh] };
}

/** A stream that records at most one erasure of its subject's personal data. */
export interface ErasureState<T> {
  erased: T | null;
}
