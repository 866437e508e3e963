import { ValidationFailed } from '../shared/errors.js';

/** A DNS name of two labels or more, lower-case: `sogang.ac.kr`. */
const DOMAIN =
  /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;
const MAX_DOMAINS = 20;

/** The e-mail domains of a school: whose addresses can prove membership. */
export const EmailDomains = {
  /** Lower-cased, without duplicates, in the order given. @throws ValidationFailed */
  parse(domains: readonly string[]): string[] {
    if (domains.length > MAX_DOMAINS)
      throw new ValidationFailed('emailDomains', `Give at most ${MAX_DOMAINS} domains.`);
    const parsed: string[] = [];
    for (const raw of domains) {
      const domain = raw.trim().toLowerCase();
      if (!DOMAIN.test(domain))
        throw new ValidationFailed('emailDomains', 'Each domain is a name such as `sogang.ac.kr`.');
      if (!parsed.includes(domain)) parsed.push(domain);
    }
    return parsed;
  },

  /**
   * Whether `email` is at one of `domains` or at a subdomain of one (`cs.sogang.ac.kr` for
   * `sogang.ac.kr`); a name that merely ends alike (`notsogang.ac.kr`) is not.
   */
  allows(domains: readonly string[], email: string): boolean {
    const at = email.lastIndexOf('@');
    if (at < 0) return false;
    const host = email.slice(at + 1).toLowerCase();
    return domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
  },
};
