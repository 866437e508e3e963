import { UserId, type ErasedIds } from '@campus/domain';
import { v4 } from 'uuid';

/**
 * Random UUIDs (version 4) for the rows a deleted account leaves: unlike the time-ordered ids of
 * new rows, they carry no time, so the ids of one deletion cannot be told apart from another's
 * or tied to when it happened. 122 random bits: no account or other erased row will share one.
 */
export class RandomErasedIds implements ErasedIds {
  next(): UserId {
    return UserId(v4());
  }
}
