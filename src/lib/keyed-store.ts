/**
 * What the build remembers by key from one page or build to the next (citation templates, what
 * the checks and open formats found per page): a `Map` is one, and so is a store kept on disk.
 */
export interface KeyedStore<T> {
  get(key: string): T | undefined;
  set(key: string, value: T): void;
}

/** What `store` holds for `key`, or else what `make` returns, stored there for the next to ask. */
export function storedOrMade<T>(store: KeyedStore<T>, key: string, make: () => T): T {
  const stored = store.get(key);
  if (stored !== undefined) return stored;
  const made = make();
  store.set(key, made);
  return made;
}
