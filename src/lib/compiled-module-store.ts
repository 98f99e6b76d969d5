import { keptEntries } from './kept-json.ts';

/** What a Vite transform returns for a module, as far as it can be kept in JSON. */
export interface CompiledModule {
  code: string;
  map?: string | null;
  meta?: Record<string, unknown>;
}

export interface CompiledModuleStore {
  /** The module stored for `id` if it was stored under `key`. */
  read(id: string, key: string): Promise<CompiledModule | undefined>;
  /** Stores `compiled` for `id` under `key`, to be kept by `finish`. */
  write(id: string, key: string, compiled: CompiledModule): void;
  /**
   * Once a build has asked for every module: keeps the entries of the modules it asked for, and
   * only those (a section file deleted or renamed since has none).
   */
  finish(): Promise<void>;
  /** How many modules this process compiled and how many it read from the store, each counted once. */
  counts(): { compiled: number; reused: number };
}

interface Entry {
  key: string;
  compiled: CompiledModule;
}

/**
 * Compiled modules kept in `file`, one entry per module id holding the key it was compiled under
 * (`keptEntries`): a module compiled again replaces its entry, so the file holds one per module
 * whatever the number of edits, and none for a module gone.
 */
export function compiledModuleStore(file: string): CompiledModuleStore {
  const compiled = new Set<string>();
  const reused = new Set<string>();
  const entries = keptEntries<Entry>(file);
  return {
    async read(id, key) {
      const entry = await entries.get(id, (stored) => stored.key === key);
      if (entry === undefined) return undefined;
      reused.add(id);
      return entry.compiled;
    },
    write(id, key, module) {
      compiled.add(id);
      entries.set(id, { key, compiled: module });
    },
    finish: () => entries.finish(),
    counts: () => ({ compiled: compiled.size, reused: reused.size }),
  };
}
