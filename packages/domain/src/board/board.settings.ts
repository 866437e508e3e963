import { token, type Token } from '../shared/token.js';
/**
 * Thresholds of the board rules. They come from the server's configuration (HOT_THRESHOLD,
 * BEST_THRESHOLD, REPORT_THRESHOLD; defaults 10, 100, 5) and are injected into the use cases.
 */
export interface BoardSettings {
  /** Likes at which a post becomes HOT. */
  hotThreshold: number;
  /** Likes at which a post is listed on BEST for its season. */
  bestThreshold: number;
  /** Distinct reports at which a post or comment is hidden. */
  reportThreshold: number;
}
export const BOARD_SETTINGS: Token<BoardSettings> = token('BoardSettings');

export const DEFAULT_BOARD_SETTINGS: Readonly<BoardSettings> = Object.freeze({
  hotThreshold: 10,
  bestThreshold: 100,
  reportThreshold: 5,
});
