import { describe, expect, it } from 'vitest';
import {
  FILM_CONSENT_KEY,
  forgetFilmConsent,
  isFilmConsentRemembered,
  rememberFilmConsent,
} from '../../src/features/film/consent.store';
import { memoryStorage } from '../support/memory-storage';

const valid = JSON.stringify({ version: 1, allowYouTube: true, savedAt: '2026-11-24T10:00:00.000Z' });

describe('isFilmConsentRemembered', () => {
  it.each([
    ['absent', {}, false],
    ['valid', { [FILM_CONSENT_KEY]: valid }, true],
    ['corrupt JSON', { [FILM_CONSENT_KEY]: '{nope' }, false],
    ['JSON null', { [FILM_CONSENT_KEY]: 'null' }, false],
    ['old version', { [FILM_CONSENT_KEY]: JSON.stringify({ version: 0, allowYouTube: true, savedAt: 'x' }) }, false],
    ['future version', { [FILM_CONSENT_KEY]: JSON.stringify({ version: 2, allowYouTube: true, savedAt: 'x' }) }, false],
    ['a refusal', { [FILM_CONSENT_KEY]: JSON.stringify({ version: 1, allowYouTube: false, savedAt: 'x' }) }, false],
    ['a bare true', { [FILM_CONSENT_KEY]: 'true' }, false],
  ])('%s → %s', (_, initial, expected) => {
    expect(isFilmConsentRemembered(memoryStorage(initial).storage)).toBe(expected);
  });

  it('reads storage that throws as not remembered', () => {
    expect(isFilmConsentRemembered(memoryStorage({ [FILM_CONSENT_KEY]: valid }, { fail: ['getItem'] }).storage)).toBe(
      false,
    );
  });

  it('reads missing storage as not remembered', () => {
    expect(isFilmConsentRemembered(undefined)).toBe(false);
  });
});

describe('rememberFilmConsent and forgetFilmConsent', () => {
  it('stores the versioned record and reads it back', () => {
    const { storage, data } = memoryStorage();
    expect(rememberFilmConsent(storage, new Date('2026-11-24T10:00:00Z'))).toBe(true);
    expect(data.get(FILM_CONSENT_KEY)).toBe(valid);
    expect(isFilmConsentRemembered(storage)).toBe(true);
  });

  it('reports a refused write (quota, disabled) instead of throwing', () => {
    const { storage, data } = memoryStorage({}, { fail: ['setItem'] });
    expect(rememberFilmConsent(storage)).toBe(false);
    expect(data.size).toBe(0);
    expect(rememberFilmConsent(undefined)).toBe(false);
  });

  it('forgetting removes the entry and touches nothing else', () => {
    const { storage, data } = memoryStorage({ [FILM_CONSENT_KEY]: valid, other: 'kept' });
    expect(forgetFilmConsent(storage)).toBe(true);
    expect([...data.keys()]).toEqual(['other']);
    expect(isFilmConsentRemembered(storage)).toBe(false);
  });

  it('reports a refused removal', () => {
    expect(forgetFilmConsent(memoryStorage({ [FILM_CONSENT_KEY]: valid }, { fail: ['removeItem'] }).storage)).toBe(
      false,
    );
    expect(forgetFilmConsent(undefined)).toBe(true);
  });
});
