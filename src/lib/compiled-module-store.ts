import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { keptFolder } from './kept-folder.ts';

/** What a Vite transform returns for a module, as far as it can be kept in JSON. */
export interface CompiledModule {
  code: string;
  map?: string | null;
  meta?: Record<string, unknown>;
}

export interface CompiledModuleStore {
  /** The module stored for `id` if it was stored under `key`. */
  read(id: string, key: string): Promise<CompiledModule | undefined>;
  /** Starts storing `compiled`; `finish` waits for it. */
  write(id: string, key: string, compiled: CompiledModule): void;
  /**
   * Once a build has asked for every module: waits for the stores started, and removes the entries
   * of modules it did not ask for (a section file deleted or renamed since) and any half-written
   * file an interrupted build left.
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
 * Compiled modules kept in `dir`, one file per module (named by a hash of its id) holding the key
 * it was compiled under: replaced when the module changes, so the folder holds one entry per
 * module whatever the number of edits, and none for a module gone.
 */
export function compiledModuleStore(dir: string): CompiledModuleStore {
  const compiled = new Set<string>();
  const reused = new Set<string>();
  const pending = new Set<Promise<void>>();
  const nameOf = (id: string) => `${createHash('sha256').update(id).digest('base64url')}.json`;
  // Listed once, so a build from nothing does not try to open a file per module.
  const folder = keptFolder(dir);
  return {
    async read(id, key) {
      const name = nameOf(id);
      if (!(await folder.has(name))) return undefined;
      try {
        const entry = JSON.parse(await readFile(join(dir, name), 'utf8')) as Entry;
        if (entry.key !== key) return undefined;
        reused.add(id);
        return entry.compiled;
      } catch {
        // Not compiled before, or unreadable: compiled again.
        return undefined;
      }
    },
    write(id, key, module) {
      compiled.add(id);
      const writing = folder.write([{ name: nameOf(id), data: JSON.stringify({ key, compiled: module } satisfies Entry) }]).catch((error: unknown) => {
        // A module that cannot be kept costs the next build its compilation, not this build its output.
        process.emitWarning(`${id} could not be kept for the next build: ${String(error)}`);
      });
      pending.add(writing);
      void writing.finally(() => pending.delete(writing));
    },
    async finish() {
      await Promise.all(pending);
      await folder.prune();
    },
    counts: () => ({ compiled: compiled.size, reused: reused.size }),
  };
}
