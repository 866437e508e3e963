export { FixedClock, SystemClock } from './system-clock.js';
export { SequentialIdGenerator, UuidV7IdGenerator } from './id-generators.js';
export { isoTime } from './iso-time.js';
export { RandomErasedIds } from './random-erased-ids.js';
