import { pageFrom, type AuditEntry, type AuditLog, type Page, type PageRequest } from '@campus/domain';
import { atomic, clone } from '../board/board-tables.js';
import type { MemoryDatabase } from '../memory-database.js';
import { moderationTables, type ModerationTables } from './moderation-tables.js';

export class InMemoryAuditLog implements AuditLog {
  private readonly tables: ModerationTables;

  constructor(db: MemoryDatabase) {
    this.tables = moderationTables(db);
  }

  record(entry: AuditEntry): Promise<void> {
    return atomic(() => {
      if (this.tables.audit().has(entry.id)) throw new Error(`Audit entry ${entry.id} is stored twice.`);
      this.tables.audit().set(entry.id, clone(entry));
    });
  }

  list(page: PageRequest): Promise<Page<AuditEntry>> {
    const after = page.after;
    const rows = [...this.tables.audit().values()]
      .filter(
        (e) => !after || e.at.getTime() < after.value || (e.at.getTime() === after.value && e.id < after.id),
      )
      .sort((a, b) => b.at.getTime() - a.at.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
      .slice(0, page.limit + 1)
      .map(clone);
    return Promise.resolve(pageFrom(rows, page.limit, (e) => ({ value: e.at.getTime(), id: e.id })));
  }
}
