import { expect } from 'chai';
import { jsonOnce } from '../../src/http/json-body.js';

describe('JSON written once per frozen value', () => {
  it('writes a frozen value once and a value that is not frozen every time, as UTF-8', () => {
    const memo = new WeakMap<object, Buffer>();
    let writes = 0;
    const write = (value: object) => {
      writes += 1;
      return JSON.stringify(value);
    };
    const frozen = Object.freeze({ name: '익명' });
    const first = jsonOnce(memo, frozen, write);
    expect(jsonOnce(memo, frozen, write)).to.equal(first);
    expect(first.toString('utf8')).to.equal('{"name":"익명"}');
    expect(writes).to.equal(1);
    const plain = { name: 'a' };
    jsonOnce(memo, plain, write);
    plain.name = 'b';
    expect(jsonOnce(memo, plain, write).toString()).to.equal('{"name":"b"}');
    expect(writes).to.equal(3);
  });
});
