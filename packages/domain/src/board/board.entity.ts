import type { BoardId, SchoolId } from '../shared/ids.js';
import { BoardDescription, BoardName } from './board.values.js';

export interface BoardState {
  id: BoardId;
  schoolId: SchoolId;
  name: string;
  description: string;
  createdAt: Date;
}

export interface NewBoard {
  id: BoardId;
  schoolId: SchoolId;
  name: string;
  description: string;
}

/** A board of one school. Names are unique within the school (compared exactly, after trimming). */
export class Board {
  private constructor(private readonly state: BoardState) {}

  static create(input: NewBoard, now: Date): Board {
    return new Board({
      id: input.id,
      schoolId: input.schoolId,
      name: BoardName.parse(input.name),
      description: BoardDescription.parse(input.description),
      createdAt: now,
    });
  }

  static rehydrate(state: BoardState): Board {
    return new Board({ ...state });
  }

  get id(): BoardId {
    return this.state.id;
  }
  get schoolId(): SchoolId {
    return this.state.schoolId;
  }
  get name(): string {
    return this.state.name;
  }
  get description(): string {
    return this.state.description;
  }
  get createdAt(): Date {
    return this.state.createdAt;
  }

  snapshot(): BoardState {
    return { ...this.state };
  }
}
