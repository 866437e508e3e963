import { UserId } from '@campus/domain';
import { expect } from 'chai';
import { HmacDeviceTokenService } from '../../src/security/index.js';

describe('HmacDeviceTokenService', () => {
  const devices = new HmacDeviceTokenService('a secret of at least 32 bytes!!!');
  const kim = UserId('0190a1b2-0000-7000-8000-000000000001');
  const lee = UserId('0190a1b2-0000-7000-8000-000000000002');

  it('given a token issued to a user, then it verifies for that user only, naming one device', () => {
    const token = devices.issue(kim);
    const deviceId = devices.verify(token, kim);
    expect(deviceId).to.be.a('string').with.length(22);
    expect(token).not.to.include(kim);
    expect(devices.verify(token, lee)).to.equal(null);
    expect(devices.verify(devices.issue(kim), kim)).not.to.equal(deviceId);
  });

  it('given a changed, truncated or foreign token, then null', () => {
    const token = devices.issue(kim);
    const [version, id, mac] = token.split('.') as [string, string, string];
    const flipped = `${version}.${id}.${mac.startsWith('A') ? 'B' : 'A'}${mac.slice(1)}`;
    const other = new HmacDeviceTokenService('another secret of at least 32 bytes').issue(kim);
    for (const bad of [
      flipped,
      `${version}.${id}`,
      `d2.${id}.${mac}`,
      `${version}.${id}x.${mac}`,
      other,
      '',
      '..',
    ])
      expect(devices.verify(bad, kim), bad).to.equal(null);
  });
});
