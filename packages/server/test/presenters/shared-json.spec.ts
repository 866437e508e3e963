import { expect } from 'chai';
import sinon from 'sinon';
import { share } from '@campus/application';
import { presentPage } from '../../src/http/pagination.js';
import { jsonWriterOf } from '../../src/presenters/shared-json.js';

describe('JSON of shared views', () => {
  const present = (view: { n: number; text: string }) => ({ n: view.n, text: view.text });

  it('given a shared view, when written twice, then it is presented once and reads the same', () => {
    const spy = sinon.spy(present);
    const write = (view: { n: number; text: string }) => jsonWriterOf(spy)(view).toString('utf8');
    const view = share({ n: 1, text: '익명 "quoted"' });
    expect(write(view)).to.equal(JSON.stringify(present(view)));
    expect(write(view)).to.equal(JSON.stringify(present(view)));
    expect(spy.callCount).to.equal(1);
  });

  it('given a view nobody shared, when written twice, then it is presented each time', () => {
    const spy = sinon.spy(present);
    const write = (view: { n: number; text: string }) => jsonWriterOf(spy)(view).toString('utf8');
    const view = { n: 1, text: 'a' };
    write(view);
    view.n = 2;
    expect(write(view)).to.equal('{"n":2,"text":"a"}');
    expect(spy.callCount).to.equal(2);
  });

  it('given a page of shared and unshared items, then it is the JSON of the page written whole', () => {
    const items = [share({ n: 1, text: 'a' }), { n: 2, text: 'b\u2028' }];
    const next = { value: 5, id: 'x' };
    for (const page of [
      { items, next },
      { items, next: null },
      { items: [], next: null },
    ]) {
      const body = presentPage(page, present).bytes.toString('utf8');
      expect(JSON.parse(body)).to.deep.equal({
        items: page.items.map(present),
        nextCursor: page.next ? Buffer.from('[5,"x"]').toString('base64url') : null,
      });
      expect(body).to.equal(
        JSON.stringify({
          items: page.items.map(present),
          nextCursor: page.next ? Buffer.from('[5,"x"]').toString('base64url') : null,
        }),
      );
    }
  });
});
