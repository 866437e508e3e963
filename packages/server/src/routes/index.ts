import type { FeatureName, UseCases } from '@campus/application';
import type { AnyRoute } from '../http/route.js';
import { accountDeletionRoutes } from './account-deletion.routes.js';
import { blockingRoutes } from './blocking.routes.js';
import { boardRoutes } from './boards.routes.js';
import { courseRoutes } from './courses.routes.js';
import { friendRoutes } from './friends.routes.js';
import { identityRoutes } from './identity.routes.js';
import { moderationRoutes } from './moderation.routes.js';
import { messageRoutes } from './messages.routes.js';
import { notificationRoutes } from './notifications.routes.js';
import { passwordResetRoutes } from './password-reset.routes.js';
import { postRoutes } from './posts.routes.js';
import { schoolRoutes } from './schools.routes.js';
import { timetableRoutes } from './timetables.routes.js';
import { verificationRoutes } from './verification.routes.js';

/**
 * Each feature's HTTP module: its routes, given its use cases as the application declares them. A
 * new feature adds its line here; a feature of the application without one does not compile.
 */
const features: { [F in FeatureName]: (useCases: UseCases[F]) => AnyRoute[] } = {
  identity: (uc) => [...identityRoutes(uc), ...schoolRoutes(uc)],
  board: (uc) => [...boardRoutes(uc), ...postRoutes(uc)],
  friends: friendRoutes,
  courses: courseRoutes,
  timetables: timetableRoutes,
  passwordReset: passwordResetRoutes,
  verification: verificationRoutes,
  accountDeletion: accountDeletionRoutes,
  moderation: moderationRoutes,
  blocking: blockingRoutes,
  messages: messageRoutes,
  notifications: notificationRoutes,
};

/** Every route of the API, on use cases resolved once, when the router is built. */
export function allRoutes(useCases: UseCases): AnyRoute[] {
  const routesOf = <F extends FeatureName>(name: F) => features[name](useCases[name]);
  return (Object.keys(features) as FeatureName[]).flatMap(routesOf);
}
