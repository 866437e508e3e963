import {
  CLOCK,
  DEPARTMENT_REPOSITORY as DEPARTMENTS,
  DEVICE_TOKEN_SERVICE,
  ID_GENERATOR as IDS,
  LOGIN_ATTEMPT_STORE,
  LOGIN_THROTTLE_POLICY as THROTTLE,
  PASSWORD_HASHER as HASHER,
  SCHOOL_REPOSITORY as SCHOOLS,
  SESSION_POLICY,
  SESSION_REPOSITORY as SESSIONS,
  TOKEN_SERVICE as TOKENS,
  UNIT_OF_WORK as UOW,
  USER_REPOSITORY as USERS,
} from '@campus/domain';
import { useCase, type UseCasesOf } from '../shared/use-case.js';
import { Authenticate } from './authenticate.use-case.js';
import { ChangePassword } from './change-password.use-case.js';
import { CreateDepartment } from './create-department.use-case.js';
import { CreateSchool } from './create-school.use-case.js';
import { EnsureAdmin } from './ensure-admin.use-case.js';
import { GetMe } from './get-me.use-case.js';
import { GetUserProfile } from './get-user-profile.use-case.js';
import { ListDepartments } from './list-departments.use-case.js';
import { ListSchools } from './list-schools.use-case.js';
import { LogIn } from './log-in.use-case.js';
import { LogOut } from './log-out.use-case.js';
import { LoginGuard } from './login-guard.js';
import { RefreshSession } from './refresh-session.use-case.js';
import { SessionIssuer } from './session-issuer.js';
import { SignUp } from './sign-up.use-case.js';
import { UpdateMe } from './update-me.use-case.js';

const sessionIssuer = useCase(SessionIssuer, [SESSIONS, TOKENS, IDS, SESSION_POLICY, CLOCK]);
export const loginGuard = useCase(LoginGuard, [HASHER, LOGIN_ATTEMPT_STORE, THROTTLE, CLOCK]);

/** Schools, departments, users and sessions. */
export const identityUseCases = {
  authenticate: useCase(Authenticate, [TOKENS, SESSIONS, USERS, SESSION_POLICY, CLOCK]),
  signUp: useCase(SignUp, [UOW, USERS, SCHOOLS, DEPARTMENTS, HASHER, sessionIssuer, IDS, CLOCK]),
  logIn: useCase(LogIn, [
    USERS,
    SCHOOLS,
    DEPARTMENTS,
    loginGuard,
    THROTTLE,
    DEVICE_TOKEN_SERVICE,
    sessionIssuer,
  ]),
  refreshSession: useCase(RefreshSession, [SESSIONS, TOKENS, SESSION_POLICY, CLOCK]),
  logOut: useCase(LogOut, [SESSIONS, TOKENS, CLOCK]),
  getMe: useCase(GetMe, [USERS, SCHOOLS, DEPARTMENTS]),
  updateMe: useCase(UpdateMe, [USERS, SCHOOLS, DEPARTMENTS]),
  changePassword: useCase(ChangePassword, [UOW, USERS, SESSIONS, HASHER, loginGuard, THROTTLE, CLOCK]),
  getUserProfile: useCase(GetUserProfile, [USERS]),
  listSchools: useCase(ListSchools, [SCHOOLS]),
  createSchool: useCase(CreateSchool, [SCHOOLS, IDS]),
  listDepartments: useCase(ListDepartments, [SCHOOLS, DEPARTMENTS]),
  createDepartment: useCase(CreateDepartment, [SCHOOLS, DEPARTMENTS, IDS]),
  ensureAdmin: useCase(EnsureAdmin, [USERS, HASHER, IDS, CLOCK]),
};

export type IdentityUseCases = UseCasesOf<typeof identityUseCases>;
