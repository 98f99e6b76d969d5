/**
 * What the build remembers by key from one page or build to the next (citation templates, what
 * the checks and open formats found per page): a `Map` is one, and so is a store kept on disk.
 */
export interface KeyedStore<T> {
  get(key: string): T | undefined;
  set(key: string, value: T): void;
}
