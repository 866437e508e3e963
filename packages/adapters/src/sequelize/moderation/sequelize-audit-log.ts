import { pageFrom, type AuditEntry, type AuditLog, type Page, type PageRequest } from '@campus/domain';
import type { Sql } from '../sql.js';
import { auditFromRow, type AuditRow } from './moderation-rows.js';

export class SequelizeAuditLog implements AuditLog {
  constructor(private readonly sql: Sql) {}

  async record(entry: AuditEntry): Promise<void> {
    await this.sql.run(
      `INSERT INTO admin_audit_log (id, actor_id, action, target_type, target_id, detail, acted_at)
       VALUES (:id, :actorId, :action, :targetType, :targetId, :detail, :at)`,
      { ...entry, detail: JSON.stringify(entry.detail), at: this.sql.time(entry.at) },
    );
  }

  async list(page: PageRequest): Promise<Page<AuditEntry>> {
    const params: Record<string, unknown> = {};
    let after = '';
    if (page.after) {
      after = 'WHERE (acted_at < :afterAt OR (acted_at = :afterAt AND id < :afterId))';
      params.afterAt = this.sql.time(new Date(page.after.value));
      params.afterId = page.after.id;
    }
    const rows = await this.sql.select<AuditRow>(
      `SELECT * FROM admin_audit_log ${after} ORDER BY acted_at DESC, id DESC ${this.sql.pageLimit(page.limit)}`,
      params,
    );
    const entries = rows.map(auditFromRow);
    return pageFrom(entries, page.limit, (e) => ({ value: e.at.getTime(), id: e.id }));
  }
}
