import type { Container } from 'inversify';
import {
  ChangePassword,
  CreateDepartment,
  CreateSchool,
  GetMe,
  GetUserProfile,
  ListDepartments,
  ListSchools,
  LogIn,
  LogOut,
  RefreshSession,
  SignUp,
  UpdateMe,
} from '@campus/application';
import type { AnyRoute } from '../http/route.js';
import { identityRoutes } from './identity.routes.js';
import { schoolRoutes } from './schools.routes.js';

/** Every route of the API, with its use cases resolved once, here, when the router is built. */
export function allRoutes(c: Container): AnyRoute[] {
  return [
    ...identityRoutes({
      signUp: c.get(SignUp),
      logIn: c.get(LogIn),
      refreshSession: c.get(RefreshSession),
      logOut: c.get(LogOut),
      getMe: c.get(GetMe),
      updateMe: c.get(UpdateMe),
      changePassword: c.get(ChangePassword),
      getUserProfile: c.get(GetUserProfile),
    }),
    ...schoolRoutes({
      listSchools: c.get(ListSchools),
      createSchool: c.get(CreateSchool),
      listDepartments: c.get(ListDepartments),
      createDepartment: c.get(CreateDepartment),
    }),
  ];
}
