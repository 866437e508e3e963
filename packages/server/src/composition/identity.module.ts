import {
  Authenticate,
  ChangePassword,
  CreateDepartment,
  CreateSchool,
  EnsureAdmin,
  GetMe,
  GetUserProfile,
  ListDepartments,
  ListSchools,
  LogIn,
  LogOut,
  RefreshSession,
  SessionIssuer,
  SignUp,
  UpdateMe,
} from '@campus/application';
import {
  CLOCK,
  DEPARTMENT_REPOSITORY,
  ID_GENERATOR,
  LOGIN_ATTEMPT_STORE,
  LoginThrottlePolicy,
  PASSWORD_HASHER,
  SCHOOL_REPOSITORY,
  SESSION_REPOSITORY,
  TOKEN_SERVICE,
  UNIT_OF_WORK,
  USER_REPOSITORY,
} from '@campus/domain';
import { ContainerModule } from 'inversify';
import { bindClass } from './bind.js';

/** The identity use cases, bound to whatever adapters the container holds. */
export const identityModule = new ContainerModule((options) => {
  const [users, schools, departments, sessions] = [
    USER_REPOSITORY,
    SCHOOL_REPOSITORY,
    DEPARTMENT_REPOSITORY,
    SESSION_REPOSITORY,
  ];
  bindClass(options, SessionIssuer, [sessions, TOKEN_SERVICE, ID_GENERATOR, CLOCK]);
  bindClass(options, Authenticate, [TOKEN_SERVICE, sessions, users]);
  bindClass(options, SignUp, [
    UNIT_OF_WORK,
    users,
    schools,
    departments,
    PASSWORD_HASHER,
    SessionIssuer,
    ID_GENERATOR,
    CLOCK,
  ]);
  bindClass(options, LogIn, [
    users,
    schools,
    departments,
    PASSWORD_HASHER,
    LOGIN_ATTEMPT_STORE,
    LoginThrottlePolicy,
    SessionIssuer,
    CLOCK,
  ]);
  bindClass(options, RefreshSession, [sessions, TOKEN_SERVICE, CLOCK]);
  bindClass(options, LogOut, [sessions, TOKEN_SERVICE, CLOCK]);
  bindClass(options, GetMe, [users, schools, departments]);
  bindClass(options, UpdateMe, [users, schools, departments]);
  bindClass(options, ChangePassword, [UNIT_OF_WORK, users, sessions, PASSWORD_HASHER, CLOCK]);
  bindClass(options, GetUserProfile, [users]);
  bindClass(options, ListSchools, [schools]);
  bindClass(options, CreateSchool, [schools, ID_GENERATOR]);
  bindClass(options, ListDepartments, [schools, departments]);
  bindClass(options, CreateDepartment, [schools, departments, ID_GENERATOR]);
  bindClass(options, EnsureAdmin, [users, PASSWORD_HASHER, ID_GENERATOR, CLOCK]);
});
