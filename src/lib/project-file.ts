import { join } from 'node:path';

/**
 * A file of the project by its path from the root. The modules that need one run bundled by Astro,
 * away from their sources, and the worker threads run from the TypeScript source (Node strips the
 * types), so files are found from the project root, where every npm script runs.
 */
export const projectFile = (path: string): string => join(process.cwd(), path);
