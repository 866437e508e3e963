import { Nickname, Username } from '@campus/domain';
import { expect } from 'chai';
import { DEMO } from '../../src/seed/demo-data.js';

describe('demo data', () => {
  it('given the demo members, then every username and nickname passes the rules sign-up applies, nicknames unique by key', () => {
    for (const [username, nickname] of DEMO.members) {
      expect(Username.parse(username)).to.equal(username);
      expect(Nickname.parse(nickname), nickname).to.equal(nickname);
    }
    const keys = DEMO.members.map(([, nickname]) => Nickname.key(nickname));
    expect(new Set(keys).size).to.equal(keys.length);
  });
});
