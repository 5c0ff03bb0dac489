import { ar, en } from './messages';
import { latenessParts } from './lateness';

// The operations screens' words (Arabic first, all six Arabic plural forms) and how lateness is put.
describe('operations area: messages and lateness', () => {
  it('every Arabic plural has the six CLDR forms, and English has every key', () => {
    for (const [id, text] of Object.entries(ar)) {
      if (!text.includes(', plural,')) continue;
      for (const form of ['zero', 'one', 'two', 'few', 'many', 'other'])
        expect({ id, has: new RegExp(`\\b${form} \\{`).test(text) }).toEqual({ id, has: true });
    }
    expect(Object.keys(en).sort()).toEqual(Object.keys(ar).sort());
  });

  it('puts lateness in its two largest units', () => {
    expect(latenessParts(0)).toEqual([]);
    expect(latenessParts(-30)).toEqual([]);
    expect(latenessParts(59)).toEqual([{ unit: 'minutes', count: 0 }]);
    expect(latenessParts(2 * 3600 + 5 * 60 + 7)).toEqual([
      { unit: 'hours', count: 2 },
      { unit: 'minutes', count: 5 },
    ]);
    expect(latenessParts(5 * 3600)).toEqual([{ unit: 'hours', count: 5 }]);
    expect(latenessParts(26 * 3600 + 59 * 60)).toEqual([
      { unit: 'days', count: 1 },
      { unit: 'hours', count: 2 },
    ]);
    expect(latenessParts(3 * 86_400 + 30)).toEqual([{ unit: 'days', count: 3 }]);
  });
});
