import { comparePositions, decodePosition, encodePosition } from './esdb-position';

const U64_MAX = (1n << 64n) - 1n;

describe('EventStoreDB positions in the port’s string form', () => {
  it('round-trips commit and prepare exactly, up to the 64-bit limits', () => {
    for (const position of [
      { commit: 1n, prepare: 1n },
      { commit: 4_096n, prepare: 4_096n },
      { commit: 4_096n, prepare: 4_321n },
      { commit: 4_096n, prepare: 0n },
      { commit: U64_MAX, prepare: U64_MAX },
      { commit: 2n ** 53n + 1n, prepare: 2n ** 53n + 3n },
    ]) {
      const encoded = encodePosition(position);
      expect(encoded).toMatch(/^[1-9][0-9]*$/);
      expect(decodePosition(encoded)).toEqual(position);
    }
  });

  it('tells apart the events of one append, which share the commit position', () => {
    const first = encodePosition({ commit: 1_000n, prepare: 1_000n });
    const second = encodePosition({ commit: 1_000n, prepare: 1_180n });
    expect(first).not.toBe(second);
    expect(decodePosition(second)).toEqual({ commit: 1_000n, prepare: 1_180n });
  });

  it('orders as BigInt exactly as $all is ordered: by commit, then prepare', () => {
    const positions = [
      { commit: 10n, prepare: 10n },
      { commit: 10n, prepare: 250n },
      { commit: 11n, prepare: 5n }, // an explicit transaction's commit may follow its prepares
      { commit: 2n ** 40n, prepare: 0n },
      { commit: 2n ** 40n, prepare: U64_MAX },
      { commit: 2n ** 40n + 1n, prepare: 1n },
    ];
    const shuffled = [positions[3], positions[0], positions[5], positions[2], positions[4], positions[1]];
    const byStore = [...shuffled].sort(comparePositions);
    const byString = [...shuffled].sort((a, b) => {
      const x = BigInt(encodePosition(a));
      const y = BigInt(encodePosition(b));
      return x < y ? -1 : x > y ? 1 : 0;
    });
    expect(byStore).toEqual(positions);
    expect(byString).toEqual(positions);
  });

  it('reads "0" as the start and refuses what no store issued', () => {
    expect(decodePosition('0')).toBeNull();
    for (const bad of ['', '-1', '1.5', '01', 'abc', '1e9', ' 1', (1n << 128n).toString(), '9'.repeat(40)]) {
      expect(() => decodePosition(bad)).toThrow(RangeError);
    }
    expect(() => encodePosition({ commit: -1n, prepare: 0n })).toThrow(RangeError);
    expect(() => encodePosition({ commit: 0n, prepare: U64_MAX + 1n })).toThrow(RangeError);
  });
});
