import {
  Department,
  DepartmentExists,
  School,
  SchoolExists,
  type DepartmentId,
  type DepartmentRepository,
  type DepartmentState,
  type SchoolId,
  type SchoolRepository,
  type SchoolState,
} from '@campus/domain';
import type { MemoryDatabase } from '../memory-database.js';

const byName = (a: { name: string; id: string }, b: { name: string; id: string }) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1;

export class InMemorySchoolRepository implements SchoolRepository {
  constructor(private readonly db: MemoryDatabase) {}

  private get rows() {
    return this.db.table<SchoolState>('schools');
  }

  save(school: School): Promise<void> {
    const row = school.snapshot();
    for (const other of this.rows.values()) {
      if (other.id !== row.id && other.name === row.name) return Promise.reject(new SchoolExists());
    }
    this.rows.set(row.id, row);
    return Promise.resolve();
  }

  findById(id: SchoolId): Promise<School | null> {
    const row = this.rows.get(id);
    return Promise.resolve(row ? School.rehydrate(row) : null);
  }

  list(): Promise<School[]> {
    return Promise.resolve([...this.rows.values()].sort(byName).map((row) => School.rehydrate(row)));
  }
}

export class InMemoryDepartmentRepository implements DepartmentRepository {
  constructor(private readonly db: MemoryDatabase) {}

  private get rows() {
    return this.db.table<DepartmentState>('departments');
  }

  save(department: Department): Promise<void> {
    const row = department.snapshot();
    for (const other of this.rows.values()) {
      if (other.id !== row.id && other.schoolId === row.schoolId && other.name === row.name) {
        return Promise.reject(new DepartmentExists());
      }
    }
    this.rows.set(row.id, row);
    return Promise.resolve();
  }

  findById(id: DepartmentId): Promise<Department | null> {
    const row = this.rows.get(id);
    return Promise.resolve(row ? Department.rehydrate(row) : null);
  }

  listBySchool(schoolId: SchoolId): Promise<Department[]> {
    const rows = [...this.rows.values()].filter((row) => row.schoolId === schoolId);
    return Promise.resolve(rows.sort(byName).map((row) => Department.rehydrate(row)));
  }
}
