import { expect } from 'chai';
import { jsonOnce } from '../../src/http/json-text.js';

describe('JSON written once per frozen value', () => {
  it('writes a frozen value once and a value that is not frozen every time', () => {
    const memo = new WeakMap<object, string>();
    let writes = 0;
    const write = (value: object) => {
      writes += 1;
      return JSON.stringify(value);
    };
    const frozen = Object.freeze({ a: 1 });
    expect([jsonOnce(memo, frozen, write), jsonOnce(memo, frozen, write)]).to.deep.equal([
      '{"a":1}',
      '{"a":1}',
    ]);
    expect(writes).to.equal(1);
    const plain = { a: 1 };
    jsonOnce(memo, plain, write);
    plain.a = 2;
    expect(jsonOnce(memo, plain, write)).to.equal('{"a":2}');
    expect(writes).to.equal(3);
  });
});
