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
  LoginGuard,
  LogOut,
  RefreshSession,
  SessionIssuer,
  SignUp,
  UpdateMe,
} from '@campus/application';
import {
  CLOCK,
  DEPARTMENT_REPOSITORY,
  DEVICE_TOKEN_SERVICE,
  ID_GENERATOR,
  LOGIN_ATTEMPT_STORE,
  LOGIN_THROTTLE_POLICY,
  PASSWORD_HASHER,
  SCHOOL_REPOSITORY,
  SESSION_REPOSITORY,
  SESSION_POLICY,
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
  bindClass(options, SessionIssuer, [sessions, TOKEN_SERVICE, ID_GENERATOR, SESSION_POLICY, CLOCK]);
  bindClass(options, Authenticate, [TOKEN_SERVICE, sessions, users, SESSION_POLICY, CLOCK]);
  bindClass(options, LoginGuard, [PASSWORD_HASHER, LOGIN_ATTEMPT_STORE, LOGIN_THROTTLE_POLICY, CLOCK]);
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
    LoginGuard,
    LOGIN_THROTTLE_POLICY,
    DEVICE_TOKEN_SERVICE,
    SessionIssuer,
  ]);
  bindClass(options, RefreshSession, [sessions, TOKEN_SERVICE, SESSION_POLICY, CLOCK]);
  bindClass(options, LogOut, [sessions, TOKEN_SERVICE, CLOCK]);
  bindClass(options, GetMe, [users, schools, departments]);
  bindClass(options, UpdateMe, [users, schools, departments]);
  bindClass(options, ChangePassword, [
    UNIT_OF_WORK,
    users,
    sessions,
    PASSWORD_HASHER,
    LoginGuard,
    LOGIN_THROTTLE_POLICY,
    CLOCK,
  ]);
  bindClass(options, GetUserProfile, [users]);
  bindClass(options, ListSchools, [schools]);
  bindClass(options, CreateSchool, [schools, ID_GENERATOR]);
  bindClass(options, ListDepartments, [schools, departments]);
  bindClass(options, CreateDepartment, [schools, departments, ID_GENERATOR]);
  bindClass(options, EnsureAdmin, [users, PASSWORD_HASHER, ID_GENERATOR, CLOCK]);
});
