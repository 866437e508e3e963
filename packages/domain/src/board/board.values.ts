import { ValidationFailed } from '../shared/errors.js';

/** Lengths count characters (code points), as MySQL and SQLite do, not UTF-16 units. */
function length(value: string): number {
  return [...value].length;
}

/** Trims the ends and checks the length; a text of blanks only is empty. */
function text(value: string, path: string, min: number, max: number): string {
  const trimmed = value.trim();
  const n = length(trimmed);
  if (n < min || n > max) throw new ValidationFailed(path, `Use ${min} to ${max} characters.`);
  return trimmed;
}

export const PostTitle = {
  parse: (value: string): string => text(value, 'title', 1, 100),
};

export const PostContent = {
  parse: (value: string): string => text(value, 'content', 1, 10_000),
};

export const CommentContent = {
  parse: (value: string): string => text(value, 'content', 1, 300),
};

export const BoardName = {
  parse: (value: string): string => text(value, 'name', 1, 30),
};

export const BoardDescription = {
  parse: (value: string): string => text(value, 'description', 0, 200),
};

/** A search term: 2 to 50 characters, matched literally (no wildcards). */
export const SearchTerm = {
  parse: (value: string): string => text(value, 'q', 2, 50),
};

export const REPORT_REASONS = [
  'off_topic',
  'abuse',
  'obscene',
  'advertising',
  'fraud',
  'spam',
  'politics',
] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

export const ReportReason = {
  parse(value: string): ReportReason {
    const reason = REPORT_REASONS.find((r) => r === value);
    if (!reason) throw new ValidationFailed('reason', `Use one of: ${REPORT_REASONS.join(', ')}.`);
    return reason;
  },
};

export const PREVIEW_LENGTH = 100;

/** The first 100 characters of a post's content, never splitting a character in two. */
export function previewOf(content: string): string {
  if (content.length <= PREVIEW_LENGTH) return content; // fewer code units, so fewer characters
  const chars = [...content];
  return chars.length <= PREVIEW_LENGTH ? content : chars.slice(0, PREVIEW_LENGTH).join('');
}
