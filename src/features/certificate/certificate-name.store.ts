/**
 * The name a learner writes on their course certificate, kept on this device only when they
 * tick "Kom ihåg namnet": like everything else the course stores, nothing is written unless they
 * ask, and unticking removes it. Stored under `digidel:certificate-name` as the plain name.
 * Pure: the storage is passed in.
 */
import type { KeyValueStorage } from '../../utils/key-value-storage';
import { CERTIFICATE_NAME_KEY } from './certificate-key';

export { CERTIFICATE_NAME_KEY };

/** The longest name kept: a name, not a text. */
export const MAX_NAME_LENGTH = 120;

/** The remembered name, or '' when none is (or storage cannot be read). */
export function rememberedName(storage: KeyValueStorage | undefined): string {
  try {
    return (storage?.getItem(CERTIFICATE_NAME_KEY) ?? '').slice(0, MAX_NAME_LENGTH);
  } catch {
    return '';
  }
}

/** Keeps `name`; an empty name is forgotten. False when storage refused. */
export function rememberName(storage: KeyValueStorage | undefined, name: string): boolean {
  if (!storage) return false;
  try {
    const kept = name.trim().slice(0, MAX_NAME_LENGTH);
    if (kept === '') storage.removeItem(CERTIFICATE_NAME_KEY);
    else storage.setItem(CERTIFICATE_NAME_KEY, kept);
    return true;
  } catch {
    return false;
  }
}

/** Removes the remembered name. False when storage refused. */
export function forgetName(storage: KeyValueStorage | undefined): boolean {
  try {
    storage?.removeItem(CERTIFICATE_NAME_KEY);
    return storage !== undefined;
  } catch {
    return false;
  }
}
