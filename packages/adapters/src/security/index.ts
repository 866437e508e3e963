export { BcryptPasswordHasher } from './bcrypt-password-hasher.js';
export { JwtTokenService, type JwtTokenServiceOptions } from './jwt-token-service.js';
export { HmacDeviceTokenService } from './hmac-device-token-service.js';
export { ScryptPasswordHasher, type ScryptCost } from './scrypt-password-hasher.js';
export { Sha256ResetTokenGenerator } from './sha256-reset-token-generator.js';
export { HmacVerificationCodeGenerator } from './hmac-verification-code-generator.js';
