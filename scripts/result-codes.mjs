// JavaScript twin of src/domain/quiz/code.rs, for the benchmark and end-to-end tests that need
// many valid results codes: URL-safe base64 (no padding) of
// [version][answers × 3 bits, MSB first, zero-padded][CRC-16/CCITT-FALSE, big-endian].
// Answers: 0 unanswered, 1..5 a scale value, 6 skipped ("prefer not to answer").
// tests/result_codes.rs runs this encoder beside the Rust one and compares their codes;
// e2e/tests/quiz.spec.ts checks that the app decodes them.

import fs from 'node:fs';

const QUIZ = JSON.parse(fs.readFileSync(new URL('../assets/content/quiz.json', import.meta.url), 'utf8'));

/** Items in the instrument, counted from assets/content/quiz.json. */
export const ITEM_COUNT = QUIZ.constructs.reduce((n, c) => n + c.items.length, 0);

/** The current instrument version, which new codes carry (read from quiz.json). */
export const VERSION = QUIZ.version;

/** Items in the frozen version 1 (src/domain/quiz/v1.rs). */
export const V1_ITEM_COUNT = 43;

/** Items in the frozen version 2 (src/domain/quiz/v2.rs). */
export const V2_ITEM_COUNT = 44;

/** CRC-16/CCITT-FALSE of `bytes`. */
export function crc16(bytes) {
  let crc = 0xffff;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
  }
  return crc;
}

/** The results code of `answers` (numbers 0..6) for instrument `version`. */
export function encodeAnswers(answers, version = VERSION) {
  const packed = new Uint8Array(Math.ceil((answers.length * 3) / 8));
  answers.forEach((a, i) => {
    if (!Number.isInteger(a) || a < 0 || a > 7) throw new Error(`bad answer ${a}`);
    for (let b = 0; b < 3; b++) {
      if (a & (0b100 >> b)) {
        const pos = i * 3 + b;
        packed[pos >> 3] |= 0x80 >> (pos % 8);
      }
    }
  });
  const body = new Uint8Array(1 + packed.length);
  body[0] = version;
  body.set(packed, 1);
  const crc = crc16(body);
  const all = new Uint8Array(body.length + 2);
  all.set(body);
  all[body.length] = crc >> 8;
  all[body.length + 1] = crc & 0xff;
  return Buffer.from(all).toString('base64url');
}

/** `count` distinct pseudo-random answer sets' codes, reproducible from `seed`. */
export function sampleCodes(count, seed = 1) {
  let state = seed >>> 0 || 1;
  const next = () => {
    // xorshift32: deterministic, so benchmark runs compare like with like.
    state ^= state << 13; state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5; state >>>= 0;
    return state;
  };
  return Array.from({ length: count }, () =>
    encodeAnswers(Array.from({ length: ITEM_COUNT }, () => next() % 7)),
  );
}
