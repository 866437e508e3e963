import { isoTime } from '@campus/adapters/system';
import type {
  AuthResultDto,
  AuthTokensDto,
  LogInResultDto,
  MeDto,
  PublicUserDto,
  SchoolDto,
  UserProfileDto,
} from '@campus/application';

/** Each presenter names every field it sends: a new DTO field never leaks by accident. */
export function presentMe(me: MeDto) {
  return {
    id: me.id,
    username: me.username,
    email: me.email,
    nickname: me.nickname,
    role: me.role,
    school: me.school ? { id: me.school.id, name: me.school.name } : null,
    department: me.department ? { id: me.department.id, name: me.department.name } : null,
    joinedAt: isoTime(me.joinedAt),
    verified: me.verified,
    restrictedUntil: me.restrictedUntil === null ? null : isoTime(me.restrictedUntil),
  };
}

export function presentTokens(tokens: AuthTokensDto) {
  return { accessToken: tokens.accessToken, refreshToken: tokens.refreshToken };
}

export function presentAuth(result: AuthResultDto) {
  return { user: presentMe(result.user), ...presentTokens(result) };
}

export function presentLogIn(result: LogInResultDto) {
  return { ...presentAuth(result), deviceToken: result.deviceToken };
}

export function presentUser(user: PublicUserDto) {
  return { id: user.id, username: user.username, nickname: user.nickname };
}

export function presentProfile(profile: UserProfileDto) {
  return { ...presentUser(profile), joinedAt: isoTime(profile.joinedAt) };
}

export function presentSchool(school: SchoolDto) {
  return { id: school.id, name: school.name, emailDomains: [...school.emailDomains] };
}

export function presentNamed(ref: { id: string; name: string }) {
  return { id: ref.id, name: ref.name };
}
