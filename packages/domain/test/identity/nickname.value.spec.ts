import { expect } from 'chai';
import { Nickname, NicknameReserved, Username, ValidationFailed } from '../../src/index.js';

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof ValidationFailed || error instanceof NicknameReserved) return error.code;
    throw error;
  }
  throw new Error('expected an error, nothing was thrown');
}

/** `익명` spelled with conjoining jamo, as a decomposing keyboard or NFD text sends it. */
const DECOMPOSED_IKMYEONG = '\u110b\u1175\u11a8\u1106\u1167\u11bc';

describe('Nickname', () => {
  describe('key', () => {
    it('given look-alikes of one nickname, when keyed, then they share one key', () => {
      expect(Nickname.key('ｎｉｃｋ１')).to.equal('nick1');
      expect(Nickname.key('NiCk1')).to.equal('nick1');
      expect(Nickname.key(`${DECOMPOSED_IKMYEONG}이`)).to.equal(Nickname.key('익명이'));
      expect(Nickname.key('STRASSE')).to.equal(Nickname.key('straße'));
      expect(Nickname.key('ΣΑΣ')).to.equal(Nickname.key('σασ'));
    });

    it('given invisible characters, when keyed, then they do not count', () => {
      expect(Nickname.key('ni\u200bck')).to.equal('nick');
      expect(Nickname.key('\u202enick')).to.equal('nick');
    });

    it('given different nicknames, when keyed, then their keys differ', () => {
      expect(Nickname.key('새내기')).not.to.equal(Nickname.key('새내기2'));
      expect(Nickname.key('a b')).not.to.equal(Nickname.key('ab'));
    });
  });

  describe('parse', () => {
    it('given a plain nickname, then it comes back as typed, trimmed', () => {
      expect(Nickname.parse(' 새내기 ')).to.equal('새내기');
      expect(Nickname.parse('Nick_1')).to.equal('Nick_1');
      expect(Nickname.parse('새 내 기')).to.equal('새 내 기');
    });

    for (const [what, nickname] of [
      ['a zero-width space', 'ni\u200bck'],
      ['a right-to-left override', '\u202enick'],
      ['a zero-width joiner', 'ni\u200dck'],
      ['a soft hyphen', 'ni\u00adck'],
      ['a Hangul filler', '닉\u3164네임'],
      ['a variation selector', 'nick\ufe0f'],
      ['a control character', 'ni\u0007ck'],
      ['a line break inside', 'ni\nck'],
    ] as const) {
      it(`given ${what}, then VALIDATION_FAILED`, () => {
        expect(codeOf(() => Nickname.parse(nickname))).to.equal('VALIDATION_FAILED');
      });
    }

    for (const nickname of [
      '익명1',
      '익명(글쓴이)',
      '익명',
      `${DECOMPOSED_IKMYEONG}3`,
      '글쓴이',
      '글쓴이님',
      '탈퇴한 사용자',
      '(탈퇴한 사용자)',
      '운영자',
      '운영자입니다',
      'admin',
      'ADMIN',
      'Ａｄｍｉｎ',
      '닉(네임)',
      '닉（네임',
      'nick)',
    ]) {
      it(`given ${JSON.stringify(nickname)}, then NICKNAME_RESERVED`, () => {
        expect(codeOf(() => Nickname.parse(nickname))).to.equal('NICKNAME_RESERVED');
      });
    }

    it('given nicknames that only contain a reserved word later or longer, then they pass', () => {
      for (const nickname of ['나는익명', 'admin1', 'administrator', '운영', '글쓴', '탈주'])
        expect(Nickname.parse(nickname)).to.equal(nickname);
    });

    it('given a reserved nickname, then the error is of kind validation and names the field', () => {
      try {
        Nickname.parse('익명1');
        expect.fail('expected NicknameReserved');
      } catch (error) {
        expect(error).to.be.instanceOf(NicknameReserved);
        expect((error as NicknameReserved).kind).to.equal('validation');
        expect((error as NicknameReserved).details?.[0]?.path).to.equal('nickname');
      }
    });
  });
});

describe('Username.isWellFormed', () => {
  it('given spellings a padding or folding collation would match, then none is well formed', () => {
    expect(Username.isWellFormed('user_1')).to.equal(true);
    for (const spelling of ['user_1 ', ' user_1', 'User_1', 'user_1\t', 'usr', 'u'.repeat(21)])
      expect(Username.isWellFormed(spelling), JSON.stringify(spelling)).to.equal(false);
  });
});
