import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { DeviceTokenService, UserId } from '@campus/domain';

const VERSION = 'd1';

/**
 * Device tokens signed with a key derived from the server's secret: `d1.<device id>.<mac>`, the
 * MAC over the user's id and the device id. Nothing is stored, so every instance with the same
 * secret verifies them, and the token does not name its user. A device token grants nothing but
 * a failure counter of its own, so it needs no revocation list: changing the secret voids them all.
 */
export class HmacDeviceTokenService implements DeviceTokenService {
  private readonly key: Buffer;

  constructor(secret: string) {
    // Its own key: a device token's MAC can never be mistaken for any other signature of the secret.
    this.key = createHmac('sha256', secret).update('campus device tokens').digest();
  }

  issue(userId: UserId): string {
    const deviceId = randomBytes(16).toString('base64url');
    return `${VERSION}.${deviceId}.${this.mac(userId, deviceId).toString('base64url')}`;
  }

  verify(token: string, userId: UserId): string | null {
    const parts = token.split('.');
    if (parts.length !== 3 || parts[0] !== VERSION || !/^[A-Za-z0-9_-]{22}$/.test(parts[1]!)) return null;
    const deviceId = parts[1]!;
    const given = Buffer.from(parts[2]!, 'base64url');
    const expected = this.mac(userId, deviceId);
    return given.length === expected.length && timingSafeEqual(given, expected) ? deviceId : null;
  }

  private mac(userId: UserId, deviceId: string): Buffer {
    return createHmac('sha256', this.key).update(`${userId}\n${deviceId}`).digest();
  }
}
