/**
 * An answer field is saved this long after the last key: a burst of typing is one write, and a
 * tab that crashes (no pagehide) loses at most this much of what was typed. Its own module, so
 * the crash test (tests/e2e/crash.spec.ts) reads the same figure.
 */
export const SAVE_DELAY_MS = 150;
