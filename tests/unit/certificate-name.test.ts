import { describe, expect, it } from 'vitest';
import {
  CERTIFICATE_NAME_KEY,
  MAX_NAME_LENGTH,
  forgetName,
  rememberName,
  rememberedName,
} from '../../src/features/certificate/certificate-name.store';
import { clearProgress } from '../../src/features/progress/progress.store';
import { memoryStorage } from '../support/memory-storage';

const throwing = () => memoryStorage({}, { fail: ['getItem', 'setItem', 'removeItem'] }).storage;

describe('the certificate’s remembered name', () => {
  it('is kept only when asked, trimmed, and forgotten on request or with everything else', () => {
    const { storage } = memoryStorage();
    expect(rememberedName(storage)).toBe('');
    expect(rememberName(storage, '  Anna Andersson ')).toBe(true);
    expect(storage.getItem(CERTIFICATE_NAME_KEY)).toBe('Anna Andersson');
    expect(rememberedName(storage)).toBe('Anna Andersson');
    expect(forgetName(storage)).toBe(true);
    expect(storage.getItem(CERTIFICATE_NAME_KEY)).toBeNull();
    rememberName(storage, 'Anna Andersson');
    expect(clearProgress(storage)).toBe(true);
    expect(storage.getItem(CERTIFICATE_NAME_KEY)).toBeNull();
  });

  it('keeps a name, not a text, and an empty name is no name', () => {
    const { storage } = memoryStorage();
    rememberName(storage, 'x'.repeat(500));
    expect(rememberedName(storage)).toHaveLength(MAX_NAME_LENGTH);
    rememberName(storage, '   ');
    expect(storage.getItem(CERTIFICATE_NAME_KEY)).toBeNull();
  });

  it('says so when storage refuses, and reads as no name', () => {
    expect(rememberName(throwing(), 'Anna')).toBe(false);
    expect(rememberName(undefined, 'Anna')).toBe(false);
    expect(forgetName(throwing())).toBe(false);
    expect(rememberedName(throwing())).toBe('');
  });
});
