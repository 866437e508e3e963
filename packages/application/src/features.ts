import type { Resolve } from '@campus/domain';
import { accountDeletionUseCases } from './account-deletion/account-deletion.use-cases.js';
import { blockingUseCases } from './blocking/blocking.use-cases.js';
import { boardUseCases } from './board/board.use-cases.js';
import { coursesUseCases } from './courses/courses.use-cases.js';
import { friendsUseCases } from './friends/friends.use-cases.js';
import { identityUseCases } from './identity/identity.use-cases.js';
import { moderationUseCases } from './moderation/moderation.use-cases.js';
import { messagesUseCases } from './messages/messages.use-cases.js';
import { notificationsUseCases } from './notifications/notifications.use-cases.js';
import { passwordResetUseCases } from './password-reset/password-reset.use-cases.js';
import {
  builder,
  everyDeclaration,
  type Declared,
  type FeatureDeclaration,
  type UseCasesOf,
} from './shared/use-case.js';
import { timetablesUseCases } from './timetables/timetables.use-cases.js';
import { verificationUseCases } from './verification/verification.use-cases.js';

/** Every feature's use cases: a new feature adds its line here. */
export const features = {
  identity: identityUseCases,
  board: boardUseCases,
  friends: friendsUseCases,
  courses: coursesUseCases,
  timetables: timetablesUseCases,
  passwordReset: passwordResetUseCases,
  verification: verificationUseCases,
  accountDeletion: accountDeletionUseCases,
  moderation: moderationUseCases,
  blocking: blockingUseCases,
  messages: messagesUseCases,
  notifications: notificationsUseCases,
};

export type Features = typeof features;
export type FeatureName = keyof Features;

/** Every use case, by feature: `campus.board.likePost` is a `LikePost`. */
export type UseCases = { readonly [F in FeatureName]: UseCasesOf<Features[F]> };

/** Every declaration the features need, shared parts included, each once: what a container binds. */
export function declaredUseCases(): Declared<unknown>[] {
  return everyDeclaration(
    Object.values<FeatureDeclaration>(features).flatMap((feature) => Object.values(feature)),
  );
}

/** Every use case, each built by `make` from its declaration (a container's lookup, say). */
export function useCasesFrom(make: <T>(declared: Declared<T>) => T): UseCases {
  const build = (feature: Record<string, Declared<unknown>>) =>
    Object.fromEntries(Object.entries(feature).map(([name, declared]) => [name, make(declared)]));
  return Object.fromEntries(
    Object.entries(features).map(([name, feature]) => [name, build(feature)]),
  ) as unknown as UseCases;
}

/** Builds every use case without a container, from the ports `resolve` answers. */
export function createUseCases(resolve: Resolve): UseCases {
  return useCasesFrom(builder(resolve));
}
