/** An in-memory Storage for unit tests; `fail` makes the named operations throw like blocked storage, `quota` like full storage. */
import type { KeyValueStorage } from '../../src/utils/key-value-storage';

export function memoryStorage(
  initial: Record<string, string> = {},
  { fail = [], quota = false }: { fail?: Array<keyof KeyValueStorage>; quota?: boolean } = {},
) {
  const data = new Map(Object.entries(initial));
  const guard = (op: keyof KeyValueStorage) => {
    if (fail.includes(op)) throw new DOMException('blocked', 'SecurityError');
    if (quota && op === 'setItem') throw new DOMException('full', 'QuotaExceededError');
  };
  const storage: KeyValueStorage = {
    getItem: (key) => (guard('getItem'), data.get(key) ?? null),
    setItem: (key, value) => (guard('setItem'), void data.set(key, value)),
    removeItem: (key) => (guard('removeItem'), void data.delete(key)),
  };
  return { storage, data };
}
