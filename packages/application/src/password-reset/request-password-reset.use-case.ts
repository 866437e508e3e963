import {
  PasswordResetToken,
  TooFast,
  WriteLimitPolicy,
  passwordResetCounters,
  type Clock,
  type Mailer,
  type PasswordResetSettings,
  type PasswordResetTokenRepository,
  type ResetAccountLookup,
  type ResetMailFailures,
  type ResetTokenGenerator,
  type WriteGranted,
  type WriteLimiter,
} from '@campus/domain';

export interface RequestPasswordResetInput {
  email: string;
  /** Where the request came from, for the per-client limit. */
  clientAddress?: string | undefined;
}

/**
 * What became of a request once its work off the request path is over; never a rejection. A
 * failure is reported to `ResetMailFailures` too.
 */
export type ResetDelivery =
  { outcome: 'mailed' } | { outcome: 'no-account' } | { outcome: 'failed'; error: unknown };

export interface RequestPasswordResetOutput {
  /**
   * The look-up, the token and the mail, done after the answer: whether an address has an account
   * must show neither in the answer nor in its timing, and a slow mail server must not hold it.
   */
  delivery: Promise<ResetDelivery>;
}

export class RequestPasswordReset {
  constructor(
    private readonly accounts: ResetAccountLookup,
    private readonly tokens: PasswordResetTokenRepository,
    private readonly generator: ResetTokenGenerator,
    private readonly mailer: Mailer,
    private readonly limiter: WriteLimiter,
    private readonly policy: WriteLimitPolicy,
    private readonly settings: PasswordResetSettings,
    private readonly failures: ResetMailFailures,
    private readonly clock: Clock,
  ) {}

  /**
   * Counts the request against its address and its client, the same for every address, and
   * starts the delivery without waiting for it. @throws TooFast
   */
  async execute(input: RequestPasswordResetInput): Promise<RequestPasswordResetOutput> {
    const { email, clientAddress } = input;
    const now = this.clock.now();
    await this.takePlaces(passwordResetCounters(email, clientAddress, this.policy.settings.writeBurst), now);
    // Started on a later turn, so that nothing of it runs before the caller has its answer.
    const delivery = new Promise<void>((resolve) => setImmediate(resolve)).then(() =>
      this.deliver(email, now),
    );
    return { delivery };
  }

  private async takePlaces(counters: ReturnType<typeof passwordResetCounters>, now: Date): Promise<void> {
    const held: WriteGranted[] = [];
    for (const { key, windowMs, limit } of counters) {
      const answer = await this.limiter.take(key, now, windowMs, limit);
      if (!answer.granted) {
        await Promise.all(held.map((slot) => slot.release()));
        throw new TooFast(WriteLimitPolicy.secondsToWait(answer.retryAfterMs));
      }
      held.push(answer);
    }
  }

  private async deliver(email: string, now: Date): Promise<ResetDelivery> {
    try {
      const userId = await this.accounts.userIdByEmail(email);
      if (userId === null) return { outcome: 'no-account' };
      const issued = this.generator.issue();
      await this.tokens.add(PasswordResetToken.issue(userId, issued.hash, now));
      const link = `${this.settings.publicUrl}/reset-password?token=${encodeURIComponent(issued.token)}`;
      await this.mailer.send({
        to: email,
        subject: 'Reset your campus password',
        text:
          `Someone asked to reset the password of the campus account with this address.\n\n` +
          `To choose a new password, open this link within 30 minutes; it works once:\n${link}\n\n` +
          `If it was not you, ignore this mail: your password stays as it is.\n`,
      });
      return { outcome: 'mailed' };
    } catch (error) {
      this.failures.report(error);
      return { outcome: 'failed', error };
    }
  }
}
