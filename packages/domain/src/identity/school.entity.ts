import type { DepartmentId, SchoolId } from '../shared/ids.js';
import { Name } from './identity.values.js';

export interface SchoolState {
  id: SchoolId;
  name: string;
}

export class School {
  private constructor(private readonly state: SchoolState) {}

  static create(input: SchoolState): School {
    return new School({ id: input.id, name: Name.parse(input.name) });
  }

  static rehydrate(state: SchoolState): School {
    return new School({ ...state });
  }

  get id(): SchoolId {
    return this.state.id;
  }
  get name(): string {
    return this.state.name;
  }

  snapshot(): SchoolState {
    return { ...this.state };
  }
}

export interface DepartmentState {
  id: DepartmentId;
  schoolId: SchoolId;
  name: string;
}

export class Department {
  private constructor(private readonly state: DepartmentState) {}

  static create(input: DepartmentState): Department {
    return new Department({ ...input, name: Name.parse(input.name) });
  }

  static rehydrate(state: DepartmentState): Department {
    return new Department({ ...state });
  }

  get id(): DepartmentId {
    return this.state.id;
  }
  get schoolId(): SchoolId {
    return this.state.schoolId;
  }
  get name(): string {
    return this.state.name;
  }

  snapshot(): DepartmentState {
    return { ...this.state };
  }
}
