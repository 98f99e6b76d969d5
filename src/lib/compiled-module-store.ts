import { readKeptJson, writeKeptJson } from './kept-json.ts';

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
 * Compiled modules kept in `file`, one JSON object of entries by module id, each with the key it
 * was compiled under: a build keeps the entries of the modules it asked for, so the file holds one
 * per module whatever the number of edits, and none for a module gone (`kept-json.ts`).
 */
export function compiledModuleStore(file: string): CompiledModuleStore {
  const compiled = new Set<string>();
  const reused = new Set<string>();
  const next: Record<string, Entry> = {};
  let stored: Promise<Record<string, Entry>> | undefined;
  // Read once, on the first module asked for: a build from nothing finds no file.
  const storedEntries = () =>
    (stored ??= readKeptJson<Record<string, Entry>>(file).then((entries) => entries ?? {}));
  return {
    async read(id, key) {
      const entries = await storedEntries();
      const entry = Object.hasOwn(entries, id) ? entries[id] : undefined;
      if (entry?.key !== key) return undefined;
      reused.add(id);
      next[id] = entry;
      return entry.compiled;
    },
    write(id, key, module) {
      compiled.add(id);
      next[id] = { key, compiled: module };
    },
    async finish() {
      if (stored === undefined) return;
      const entries = await stored;
      // A build that compiled nothing and asked for every module kept leaves the file as it was.
      if (compiled.size === 0 && Object.keys(entries).length === Object.keys(next).length) return;
      await writeKeptJson(file, next);
    },
    counts: () => ({ compiled: compiled.size, reused: reused.size }),
  };
}
