import {
  UserNotFound,
  Username,
  type Actor,
  type BlockRepository,
  type Clock,
  type IdGenerator,
  type UserRepository,
} from '@campus/domain';
import type { WriteGuard } from '../limits/write-guard.js';
import { saveBlock, type BlockDto } from './blocking.dto.js';

export interface BlockUserInput {
  actor: Actor;
  username: string;
}

export class BlockUser {
  constructor(
    private readonly users: UserRepository,
    private readonly blocks: BlockRepository,
    private readonly ids: IdGenerator,
    private readonly clock: Clock,
    private readonly guard: WriteGuard,
  ) {}

  /**
   * Hides the member's named posts and comments from the actor, never their anonymous ones, and
   * stops friend requests (and messages) between the two either way.
   * @throws TooFast, UserNotFound, CannotBlockSelf, AlreadyBlocked
   */
  execute({ actor, username }: BlockUserInput): Promise<BlockDto> {
    return this.guard.run(actor.id, 'other', async () => {
      const user = Username.isWellFormed(username) ? await this.users.findByUsername(username) : null;
      if (!user) throw new UserNotFound();
      return saveBlock(
        { blocks: this.blocks, ids: this.ids, clock: this.clock },
        actor.id,
        { kind: 'user', userId: user.id },
        user.nickname,
      );
    });
  }
}
