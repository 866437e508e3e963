import { expect } from 'chai';
import { Board, BoardId, DEFAULT_BOARD_SETTINGS, ValidationFailed } from '../../src/index.js';
import { SCHOOL, T0, expectThrows } from './support.js';

describe('Board', () => {
  const create = (name: string, description = '') =>
    Board.create({ id: BoardId('b'), schoolId: SCHOOL, name, description }, T0);

  it('given a name and description, when created, then both are kept trimmed with the creation time', () => {
    const board = create(' 자유게시판 ', ' Talk freely ');
    expect(board.snapshot()).to.deep.equal({
      id: 'b',
      schoolId: SCHOOL,
      name: '자유게시판',
      description: 'Talk freely',
      createdAt: T0,
    });
    expect(Board.rehydrate(board.snapshot()).snapshot()).to.deep.equal(board.snapshot());
  });

  it('given a blank or 31-character name, when created, then VALIDATION_FAILED', () => {
    expectThrows(() => create(''), ValidationFailed, 'VALIDATION_FAILED');
    expectThrows(() => create('x'.repeat(31)), ValidationFailed, 'VALIDATION_FAILED');
  });

  it('given no configuration, then the default thresholds are those of the API (10, 100, 5)', () => {
    expect(DEFAULT_BOARD_SETTINGS).to.deep.equal({
      hotThreshold: 10,
      bestThreshold: 100,
      reportThreshold: 5,
    });
  });
});
