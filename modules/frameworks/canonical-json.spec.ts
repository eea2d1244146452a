import { canonicalJson } from './canonical-json.js';

describe('canonicalJson', () => {
  it('ignores key order at every level, keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: 'x' } })).toBe(canonicalJson({ a: { c: 'x', d: [2, 1] }, b: 1 }));
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
    expect(canonicalJson({ a: 'Đồng Nai', n: null })).toBe('{"a":"Đồng Nai","n":null}');
  });
});
