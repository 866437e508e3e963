export * from './bcrypt-password-hasher.js';
export * from './jwt-token-service.js';
export * from './hmac-device-token-service.js';
export * from './scrypt-password-hasher.js';
