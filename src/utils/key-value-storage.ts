/** The part of the Web Storage interface the stores use, so tests can pass a stand-in. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
