import type { AccountErasure } from '@campus/domain';

/** Every feature's part of deleting an account, run in the order given. */
export class ErasureSteps {
  readonly steps: readonly AccountErasure[];

  constructor(...steps: AccountErasure[]) {
    this.steps = steps;
  }
}
