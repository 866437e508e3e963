import {
  accountOldEnough,
  MODERATION_SETTINGS,
  USER_REPOSITORY,
  VERIFICATION_SETTINGS,
  type ModerationSettings,
  type UserId,
  type UserRepository,
  type VerificationSettings,
} from '@campus/domain';
import { useCase } from '../shared/use-case.js';

/** Whether a reporter's report counts toward the report threshold: the one place that says so. */
export interface ReportEligibility {
  counts(reporterId: UserId, now: Date): Promise<boolean>;
}

/**
 * Reports count from accounts at least REPORT_MIN_ACCOUNT_AGE old, and verified when
 * REQUIRE_VERIFICATION is on (without verification settings: age alone).
 */
export class AccountAgeEligibility implements ReportEligibility {
  constructor(
    private readonly users: UserRepository,
    private readonly settings: ModerationSettings,
    private readonly verification: VerificationSettings = { required: false },
  ) {}

  async counts(reporterId: UserId, now: Date): Promise<boolean> {
    const ageMatters = this.settings.reportMinAccountAgeMs > 0;
    if (!ageMatters && !this.verification.required) return true; // any account: nothing to read
    const reporter = await this.users.findById(reporterId);
    if (!reporter) return false;
    if (this.verification.required && !reporter.verified && !reporter.isAdmin()) return false;
    return !ageMatters || accountOldEnough(reporter.joinedAt, now, this.settings);
  }
}

export const reportEligibility = useCase(AccountAgeEligibility, [
  USER_REPOSITORY,
  MODERATION_SETTINGS,
  VERIFICATION_SETTINGS,
]);
