import {
  checkPageRequest,
  REPORT_CASE_STATUSES,
  SchoolId,
  ValidationFailed,
  type Actor,
  type PageRequest,
  type ReportCaseQueries,
  type ReportCaseStatus,
} from '@campus/domain';
import { assertAdmin } from './moderated-target.js';
import { toReportCaseDto, type ModerationPageDto, type ReportCaseDto } from './moderation.dto.js';

export interface ListReportsInput {
  actor: Actor;
  /** Default `open`. */
  status?: string | undefined;
  schoolId?: string | undefined;
  page: PageRequest;
}

export class ListReports {
  constructor(private readonly queries: ReportCaseQueries) {}

  /**
   * The moderation queue: reported posts and comments, most reported first.
   * @throws Forbidden (not an admin), ValidationFailed (status, page)
   */
  async execute({
    actor,
    status = 'open',
    schoolId,
    page,
  }: ListReportsInput): Promise<ModerationPageDto<ReportCaseDto>> {
    assertAdmin(actor);
    checkPageRequest(page);
    const known = REPORT_CASE_STATUSES.find((s): s is ReportCaseStatus => s === status);
    if (!known) throw new ValidationFailed('status', `Use one of: ${REPORT_CASE_STATUSES.join(', ')}.`);
    const filter = { status: known, schoolId: schoolId === undefined ? undefined : SchoolId(schoolId) };
    const found = await this.queries.listCases(filter, page);
    return { items: found.items.map(toReportCaseDto), next: found.next };
  }
}
