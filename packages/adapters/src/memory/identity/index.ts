export { InMemoryDepartmentRepository, InMemorySchoolRepository } from './in-memory-school-repository.js';
export { InMemoryUserRepository } from './in-memory-user-repository.js';
export { InMemorySessionRepository } from './in-memory-session-repository.js';
export { InMemoryLoginAttemptStore } from './in-memory-login-attempt-store.js';
export { memoryIdentity } from './identity.memory-module.js';
