import {
  Email,
  EmailDomainNotAllowed,
  EmailTaken,
  TooFast,
  UserNotFound,
  VerificationCode,
  WriteLimitPolicy,
  verificationMailCounter,
  type Actor,
  type Clock,
  type EmailOwnerLookup,
  type Mailer,
  type SchoolRepository,
  type UserRepository,
  type VerificationCodeGenerator,
  type VerificationCodeRepository,
  type VerificationMailFailures,
  type WriteCounter,
  type WriteGranted,
  type WriteLimiter,
} from '@campus/domain';

export interface RequestVerificationInput {
  actor: Actor;
  email: string;
}

/** What became of the mail once it was handed over; never a rejection (a failure is reported). */
export type VerificationDelivery = { outcome: 'mailed' } | { outcome: 'failed'; error: unknown };

export interface RequestVerificationOutput {
  /** The mail, sent after the answer, so that a slow mail server does not hold it. */
  delivery: Promise<VerificationDelivery>;
}

export class RequestVerification {
  constructor(
    private readonly users: UserRepository,
    private readonly schools: SchoolRepository,
    private readonly owners: EmailOwnerLookup,
    private readonly codes: VerificationCodeRepository,
    private readonly generator: VerificationCodeGenerator,
    private readonly mailer: Mailer,
    private readonly limiter: WriteLimiter,
    private readonly policy: WriteLimitPolicy,
    private readonly failures: VerificationMailFailures,
    private readonly clock: Clock,
  ) {}

  /**
   * Mails a new 6-digit code to `email`, voiding any earlier one. The checks come before the
   * counting, so an address refused costs no mail of the minute.
   * @throws ValidationFailed, UserNotFound, EmailDomainNotAllowed, EmailTaken, TooFast
   */
  async execute(input: RequestVerificationInput): Promise<RequestVerificationOutput> {
    const email = Email.parse(input.email);
    const user = await this.users.findById(input.actor.id);
    if (!user) throw new UserNotFound();
    const school = user.schoolId ? await this.schools.findById(user.schoolId) : null;
    if (!school?.allowsEmail(email)) throw new EmailDomainNotAllowed();
    const owner = await this.owners.ownerOf(email);
    if (owner !== null && owner !== user.id) throw new EmailTaken();
    const now = this.clock.now();
    await this.takePlaces(
      [verificationMailCounter(user.id), ...this.policy.countersFor(user.id, 'other')],
      now,
    );
    const issued = this.generator.issue();
    await this.codes.replace(VerificationCode.issue(user.id, email, issued.hash, now));
    // Started on a later turn, so that nothing of it runs before the caller has its answer.
    const delivery = new Promise<void>((resolve) => setImmediate(resolve)).then(() =>
      this.deliver(email, issued.code),
    );
    return { delivery };
  }

  private async takePlaces(counters: readonly WriteCounter[], now: Date): Promise<void> {
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

  private async deliver(email: string, code: string): Promise<VerificationDelivery> {
    try {
      await this.mailer.send({
        to: email,
        // Not in the subject: subjects are logged (the outbox announces each mail).
        subject: 'Your campus verification code',
        text:
          `Your code to verify this address for your campus account is ${code}.\n\n` +
          `It works once, within 10 minutes. If you did not ask for it, ignore this mail.\n`,
      });
      return { outcome: 'mailed' };
    } catch (error) {
      this.failures.report(error);
      return { outcome: 'failed', error };
    }
  }
}
