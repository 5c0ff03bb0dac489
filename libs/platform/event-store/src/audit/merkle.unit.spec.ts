import fc from 'fast-check';
import { EMPTY_ROOT, leafHash, MerkleFrontier, MerkleTree, verifyConsistency, verifyInclusion } from './merkle';

// The test vectors of Certificate Transparency's reference implementations (RFC 6962/9162 trees):
// eight leaves, the roots of every prefix, and some inclusion and consistency proofs.
const LEAVES = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map((hex) =>
  leafHash(Buffer.from(hex, 'hex')),
);
const ROOTS = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];
const hex = (hashes: Buffer[]) => hashes.map((h) => h.toString('hex'));
const tree = new MerkleTree(LEAVES);

describe('Merkle tree (RFC 9162)', () => {
  it('gives the reference roots of every prefix of the eight-leaf vector, and SHA-256("") for none', () => {
    expect(ROOTS.map((_, i) => tree.root(i + 1).toString('hex'))).toEqual(ROOTS);
    expect(new MerkleTree([]).root().toString('hex')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(new MerkleTree([]).root()).toEqual(EMPTY_ROOT);
  });

  it('gives the reference inclusion proofs', () => {
    expect(hex(tree.inclusionProof(0, 8))).toEqual([
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ]);
    expect(hex(tree.inclusionProof(5, 8))).toEqual([
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ]);
    expect(hex(tree.inclusionProof(2, 3))).toEqual(['fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125']);
    expect(hex(tree.inclusionProof(0, 1))).toEqual([]);
  });

  it('gives the reference consistency proofs', () => {
    expect(hex(tree.consistencyProof(1, 1))).toEqual([]);
    expect(hex(tree.consistencyProof(1, 8))).toEqual([
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ]);
    expect(hex(tree.consistencyProof(6, 8))).toEqual([
      '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ]);
    expect(hex(tree.consistencyProof(2, 5))).toEqual([
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ]);
  });

  const leaves = fc
    .array(fc.uint8Array({ maxLength: 8 }), { minLength: 1, maxLength: 70 })
    .map((items) => items.map((b, i) => leafHash(Buffer.concat([Buffer.from(String(i)), Buffer.from(b)]))));
  // (distinct leaves: with two equal leaves a proof is rightly valid at either place)

  it('property: every inclusion proof of every prefix verifies, and fails for a changed leaf, index or root', () => {
    fc.assert(
      fc.property(leaves, fc.nat(), fc.nat(), (hashes, a, b) => {
        const t = new MerkleTree(hashes);
        const size = 1 + (a % hashes.length);
        const index = b % size;
        const path = t.inclusionProof(index, size);
        const root = t.root(size);
        expect(verifyInclusion(t.leaf(index), index, size, path, root)).toBe(true);
        expect(verifyInclusion(leafHash('changed'), index, size, path, root)).toBe(false);
        if (size > 1) expect(verifyInclusion(t.leaf(index), (index + 1) % size, size, path, root)).toBe(false);
        expect(verifyInclusion(t.leaf(index), index, size, path, leafHash('other root'))).toBe(false);
      }),
    );
  });

  it('property: a consistency proof between any two sizes verifies, and fails once a leaf of the first tree changes', () => {
    fc.assert(
      fc.property(leaves, fc.nat(), fc.nat(), fc.nat(), (hashes, a, b, c) => {
        const t = new MerkleTree(hashes);
        const second = 1 + (a % hashes.length);
        const first = 1 + (b % second);
        const proof = t.consistencyProof(first, second);
        expect(verifyConsistency(first, second, t.root(first), t.root(second), proof)).toBe(true);
        const changed = [...hashes];
        changed[c % first] = leafHash('changed');
        const forged = new MerkleTree(changed);
        // A rewritten history: the later tree's root no longer extends the first one's.
        expect(verifyConsistency(first, second, t.root(first), forged.root(second), proof)).toBe(false);
        expect(verifyConsistency(first, second, t.root(first), forged.root(second), forged.consistencyProof(first, second))).toBe(false);
      }),
    );
  });

  it('property: the frontier a checkpointer keeps gives the same root as the whole tree', () => {
    fc.assert(
      fc.property(leaves, (hashes) => {
        const frontier = new MerkleFrontier();
        const t = new MerkleTree(hashes);
        hashes.forEach((h, i) => {
          frontier.append(h);
          expect(frontier.root()).toEqual(t.root(i + 1));
        });
      }),
    );
  });
});
