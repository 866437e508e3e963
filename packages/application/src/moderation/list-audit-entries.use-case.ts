import { checkPageRequest, type Actor, type AuditLog, type PageRequest } from '@campus/domain';
import { assertAdmin } from './moderated-target.js';
import { toAuditEntryDto, type AuditEntryDto, type ModerationPageDto } from './moderation.dto.js';

export interface ListAuditEntriesInput {
  actor: Actor;
  page: PageRequest;
}

export class ListAuditEntries {
  constructor(private readonly log: AuditLog) {}

  /** Every admin action, newest first. @throws Forbidden (not an admin), ValidationFailed (page) */
  async execute({ actor, page }: ListAuditEntriesInput): Promise<ModerationPageDto<AuditEntryDto>> {
    assertAdmin(actor);
    checkPageRequest(page);
    const found = await this.log.list(page);
    return { items: found.items.map(toAuditEntryDto), next: found.next };
  }
}
