export * from './identity.errors.js';
export * from './identity.values.js';
export * from './identity.ports.js';
export * from './school.entity.js';
export * from './user.entity.js';
export * from './session.entity.js';
export * from './login-throttle.policy.js';
export * from './actor.js';
