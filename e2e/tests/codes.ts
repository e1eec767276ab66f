// Results codes for tests: the encoder lives in scripts/result-codes.mjs (shared with the
// benchmark); this adds the expected-score formula the specs compare the app against.
// Answers: 0 unanswered, 1..5 a scale value, 6 skipped ("prefer not to answer").

export { crc16, encodeAnswers, V1_ITEM_COUNT, V2_ITEM_COUNT } from '../../scripts/result-codes.mjs';

export type AnswerBits = number; // 0..6
export const UNANSWERED = 0;
export const SKIP = 6;

/**
 * Expected 0–100 score of a list of 1..5 values (round half up); null if none, or when
 * `total` statements were asked and fewer than half were answered (or, for a part of two,
 * fewer than both).
 */
export function expectedScore(values: number[], total = values.length): number | null {
  const needed = Math.max(Math.min(total, 2), Math.ceil(total / 2));
  if (!values.length || values.length < needed) return null;
  const steps = values.reduce((s, v) => s + (v - 1), 0);
  const max = 4 * values.length;
  return Math.floor((steps * 200 + max) / (2 * max));
}
