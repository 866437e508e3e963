import type { DepartmentId, SchoolId } from '../shared/ids.js';
import { EmailDomains } from './email-domains.value.js';
import { Name } from './identity.values.js';

export interface SchoolState {
  id: SchoolId;
  name: string;
  /** Addresses at these domains, or their subdomains, can verify membership; lower-case. */
  emailDomains: string[];
}

export interface NewSchool {
  id: SchoolId;
  name: string;
  emailDomains?: readonly string[];
}

export class School {
  private constructor(private state: SchoolState) {}

  static create(input: NewSchool): School {
    return new School({
      id: input.id,
      name: Name.parse(input.name),
      emailDomains: EmailDomains.parse(input.emailDomains ?? []),
    });
  }

  static rehydrate(state: SchoolState): School {
    return new School({ ...state, emailDomains: [...state.emailDomains] });
  }

  get id(): SchoolId {
    return this.state.id;
  }
  get name(): string {
    return this.state.name;
  }
  get emailDomains(): readonly string[] {
    return this.state.emailDomains;
  }

  rename(name: string): void {
    this.state = { ...this.state, name: Name.parse(name) };
  }

  changeEmailDomains(domains: readonly string[]): void {
    this.state = { ...this.state, emailDomains: EmailDomains.parse(domains) };
  }

  /** Whether `email` is at one of the school's domains or a subdomain of one. */
  allowsEmail(email: string): boolean {
    return EmailDomains.allows(this.state.emailDomains, email);
  }

  snapshot(): SchoolState {
    return { ...this.state, emailDomains: [...this.state.emailDomains] };
  }
}

export interface DepartmentState {
  id: DepartmentId;
  schoolId: SchoolId;
  name: string;
}

export class Department {
  private constructor(private readonly state: DepartmentState) {}

  static create(input: DepartmentState): Department {
    return new Department({ ...input, name: Name.parse(input.name) });
  }

  static rehydrate(state: DepartmentState): Department {
    return new Department({ ...state });
  }

  get id(): DepartmentId {
    return this.state.id;
  }
  get schoolId(): SchoolId {
    return this.state.schoolId;
  }
  get name(): string {
    return this.state.name;
  }

  snapshot(): DepartmentState {
    return { ...this.state };
  }
}
