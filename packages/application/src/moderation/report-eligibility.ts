import {
  accountOldEnough,
  MODERATION_SETTINGS,
  USER_REPOSITORY,
  type ModerationSettings,
  type UserId,
  type UserRepository,
} from '@campus/domain';
import { useCase } from '../shared/use-case.js';

/**
 * Whether a reporter's report counts toward the report threshold: the one place that says so.
 * A further rule (a verified school e-mail when verification is required) is one more condition
 * here, with its port added to the declaration below.
 */
export interface ReportEligibility {
  counts(reporterId: UserId, now: Date): Promise<boolean>;
}

/** Reports count from accounts at least REPORT_MIN_ACCOUNT_AGE old. */
export class AccountAgeEligibility implements ReportEligibility {
  constructor(
    private readonly users: UserRepository,
    private readonly settings: ModerationSettings,
  ) {}

  async counts(reporterId: UserId, now: Date): Promise<boolean> {
    if (this.settings.reportMinAccountAgeMs <= 0) return true; // any account: nothing to read
    const reporter = await this.users.findById(reporterId);
    return reporter !== null && accountOldEnough(reporter.joinedAt, now, this.settings);
  }
}

export const reportEligibility = useCase(AccountAgeEligibility, [USER_REPOSITORY, MODERATION_SETTINGS]);
