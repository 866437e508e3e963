import { expect } from 'chai';
import { BoardTestBed, expectRejection } from './support.js';

describe('board use cases: boards', () => {
  let bed: BoardTestBed;
  beforeEach(() => {
    bed = new BoardTestBed();
  });

  describe('ListBoards', () => {
    it('given boards of my school, when I list them, then I get id, name and description, oldest first', async () => {
      const { schoolId, boardId, alice } = await bed.stage();
      const second = await bed.board(schoolId, 'Second');
      const boards = await bed.use.listBoards.execute({ actor: alice, schoolId });
      expect(boards).to.deep.equal([
        { id: boardId, name: 'Free', description: '' },
        { id: second, name: 'Second', description: '' },
      ]);
    });

    it('given another school, when a member lists its boards, then NOT_SCHOOL_MEMBER', async () => {
      const { schoolId, outsider } = await bed.stage();
      await expectRejection(bed.use.listBoards.execute({ actor: outsider, schoolId }), 'NOT_SCHOOL_MEMBER');
    });

    it('given any school, when an admin lists its boards, then they are listed', async () => {
      const { schoolId, admin } = await bed.stage();
      expect(await bed.use.listBoards.execute({ actor: admin, schoolId })).to.have.length(1);
    });
  });

  describe('CreateBoard', () => {
    it('given an admin, when creating a board, then it is returned and listed', async () => {
      const { schoolId, admin, alice } = await bed.stage();
      const board = await bed.use.createBoard.execute({
        actor: admin,
        schoolId,
        name: ' 질문 ',
        description: 'Ask',
      });
      expect(board).to.deep.include({ name: '질문', description: 'Ask' });
      const names = (await bed.use.listBoards.execute({ actor: alice, schoolId })).map((b) => b.name);
      expect(names).to.deep.equal(['Free', '질문']);
    });

    it('given a member who is not an admin, when creating a board, then FORBIDDEN', async () => {
      const { schoolId, alice } = await bed.stage();
      await expectRejection(
        bed.use.createBoard.execute({ actor: alice, schoolId, name: 'X', description: '' }),
        'FORBIDDEN',
      );
    });

    it('given a name taken in the school, when an admin creates the board, then BOARD_EXISTS', async () => {
      const { schoolId, admin } = await bed.stage();
      await expectRejection(
        bed.use.createBoard.execute({ actor: admin, schoolId, name: 'Free', description: '' }),
        'BOARD_EXISTS',
      );
    });

    it('given an unknown school, when an admin creates a board, then SCHOOL_NOT_FOUND', async () => {
      const admin = await bed.admin();
      await expectRejection(
        bed.use.createBoard.execute({ actor: admin, schoolId: 'nope', name: 'X', description: '' }),
        'SCHOOL_NOT_FOUND',
      );
    });

    it('given a blank name, when an admin creates a board, then VALIDATION_FAILED', async () => {
      const { schoolId, admin } = await bed.stage();
      await expectRejection(
        bed.use.createBoard.execute({ actor: admin, schoolId, name: '  ', description: '' }),
        'VALIDATION_FAILED',
      );
    });
  });
});
