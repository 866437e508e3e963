/// <reference types="mocha" />
import { expect } from 'chai';
import { Board, BoardId } from '@campus/domain';
import { BoardWorld, at, concurrently, expectRejection, type BoardPortsSetup } from './board-fixtures.js';

export function boardRepositoryContract(name: string, setup: BoardPortsSetup): void {
  describe(`BoardRepository contract: ${name}`, () => {
    let world: BoardWorld;
    beforeEach(async () => {
      world = new BoardWorld(await setup());
    });

    it('given a saved board, when found by id, then the same state comes back', async () => {
      const school = await world.school();
      const board = Board.create(
        { id: BoardId(world.id()), schoolId: school.id, name: 'Free', description: 'Talk' },
        at(3),
      );
      await world.ports.boards.save(board);
      const found = await world.ports.boards.findById(board.id);
      expect(found?.snapshot()).to.deep.equal(board.snapshot());
    });

    it('given no such board, when found by id, then null', async () => {
      expect(await world.ports.boards.findById(BoardId(world.id()))).to.equal(null);
    });

    it('given a board name taken in the school, when another board takes it, then BOARD_EXISTS', async () => {
      const school = await world.school();
      await world.board(school.id, 'Free');
      await expectRejection(world.board(school.id, 'Free'), 'BOARD_EXISTS');
      expect(await world.ports.boards.listBySchool(school.id)).to.have.length(1);
    });

    it('given a board name taken in another school, when saved, then it is accepted', async () => {
      const [one, two] = [await world.school(), await world.school()];
      await world.board(one.id, 'Free');
      await world.board(two.id, 'Free');
      expect(await world.ports.boards.listBySchool(two.id)).to.have.length(1);
    });

    it('given an existing board, when saved again, then it is an update, not a duplicate', async () => {
      const school = await world.school();
      const board = await world.board(school.id, 'Free');
      await world.ports.boards.save(board);
      expect(await world.ports.boards.listBySchool(school.id)).to.have.length(1);
    });

    it('given boards of two schools, when listing one school, then only its boards, oldest first', async () => {
      const [one, two] = [await world.school(), await world.school()];
      const second = await world.board(one.id, 'Second', at(2));
      const first = await world.board(one.id, 'First', at(1));
      await world.board(two.id, 'Elsewhere', at(0));
      const listed = await world.ports.boards.listBySchool(one.id);
      expect(listed.map((b) => b.id)).to.deep.equal([first.id, second.id]);
    });

    it('given 8 concurrent boards with one name, when saved, then exactly one wins', async () => {
      const school = await world.school();
      const { values, errors } = await concurrently(
        Array.from({ length: 8 }, () => () => world.board(school.id, 'Race')),
      );
      expect(values).to.have.length(1);
      expect(errors.map((e) => (e as { code?: string }).code)).to.deep.equal(Array(7).fill('BOARD_EXISTS'));
    });
  });
}
