export {
  type AuthResultDto,
  type AuthTokensDto,
  type LogInResultDto,
  type MeDto,
  meOf,
  type NamedRef,
  type PublicUserDto,
  type SchoolDto,
  toMe,
  toPublicUser,
  toSchoolDto,
} from './identity.dto.js';
export { SessionIssuer } from './session-issuer.js';
export { LoginGuard, type Reservation } from './login-guard.js';
export { Authenticate, type AuthenticateInput, type AuthenticateOutput } from './authenticate.use-case.js';
export { SignUp, type SignUpInput } from './sign-up.use-case.js';
export { LogIn, type LogInInput } from './log-in.use-case.js';
export { RefreshSession, type RefreshSessionInput } from './refresh-session.use-case.js';
export { LogOut, type LogOutInput } from './log-out.use-case.js';
export { GetMe, type GetMeInput } from './get-me.use-case.js';
export { UpdateMe, type UpdateMeInput } from './update-me.use-case.js';
export { ChangePassword, type ChangePasswordInput } from './change-password.use-case.js';
export {
  GetUserProfile,
  type GetUserProfileInput,
  type UserProfileDto,
} from './get-user-profile.use-case.js';
export { ListSchools } from './list-schools.use-case.js';
export { CreateSchool, type CreateSchoolInput } from './create-school.use-case.js';
export { ListDepartments, type ListDepartmentsInput } from './list-departments.use-case.js';
export { CreateDepartment, type CreateDepartmentInput } from './create-department.use-case.js';
export { EnsureAdmin, type EnsureAdminInput, type EnsureAdminOutput } from './ensure-admin.use-case.js';
export { identityUseCases, type IdentityUseCases } from './identity.use-cases.js';
