import { eraseOnce } from './erasure';

describe('an erasure is recorded once (docs/adr/0013)', () => {
  it('records the first erasure', () => {
    expect(eraseOnce({ erased: null }, { at: 'now' })).toEqual({ erased: { at: 'now' }, record: [{ at: 'now' }] });
  });

  it('answers a retry with the first record, recording nothing more', () => {
    expect(eraseOnce({ erased: { at: 'then' } }, { at: 'now' })).toEqual({ erased: { at: 'then' }, record: [] });
  });
});
