import { ValidationFailed } from '../shared/errors.js';
import { NicknameReserved } from './identity.errors.js';

/** Default-ignorable, format and control characters: invisible, or they reorder what is shown. */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}\p{Cc}]/u;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'gu');
/** Labels the server shows for others (anonymous numbers, the post's author, deleted accounts, staff). */
const RESERVED_PREFIXES = ['익명', '글쓴이', '탈퇴', '운영자'] as const;
const RESERVED_NAMES = ['admin'] as const;

/**
 * A display name. Nicknames are unique by their key, not by their spelling, so that one that
 * merely looks like another (fullwidth letters, decomposed Hangul, other letter case) counts as
 * taken; and one may not read as a label the server shows for someone else.
 */
export const Nickname = {
  /**
   * Trimmed, 2 to 20 characters. @throws ValidationFailed (length, invisible characters),
   * NicknameReserved
   */
  parse(value: string): string {
    const nickname = value.trim();
    const length = [...nickname].length;
    if (length < 2 || length > 20) throw new ValidationFailed('nickname', 'Use 2 to 20 characters.');
    if (INVISIBLE.test(nickname) || INVISIBLE.test(nickname.normalize('NFKC'))) {
      throw new ValidationFailed('nickname', 'Invisible, formatting and control characters are not allowed.');
    }
    if (Nickname.isReserved(nickname)) throw new NicknameReserved();
    return nickname;
  },

  /**
   * What uniqueness compares: NFKC, case-folded (upper then lower case, which also folds `ß` and
   * final sigma as full case folding does), invisible characters removed, NFKC again since
   * folding can leave text that composes.
   */
  key(nickname: string): string {
    const visible = (text: string) => text.replace(INVISIBLE_ALL, '');
    const folded = visible(nickname.normalize('NFKC')).toUpperCase().toLowerCase();
    return visible(folded.normalize('NFKC'));
  },

  /** Whether the nickname reads as a label the server shows: `익명1`, `익명(글쓴이)`, `(탈퇴한 사용자)`. */
  isReserved(nickname: string): boolean {
    const key = Nickname.key(nickname);
    return (
      RESERVED_PREFIXES.some((prefix) => key.startsWith(prefix)) ||
      RESERVED_NAMES.some((name) => key === name) ||
      key.includes('(') ||
      key.includes(')')
    );
  },
};
