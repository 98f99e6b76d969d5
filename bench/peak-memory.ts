/**
 * Loaded into each Node process of a measured build (`NODE_OPTIONS=--import`, `measured` in
 * bench.ts): as the process exits, it appends its peak resident memory in kB (every thread's,
 * native memory included, as the kernel counts it) to the file the bench names.
 */
import { appendFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env['BENCH_PEAK_MEMORY_FILE'];
if (file !== undefined && isMainThread) process.on('exit', () => appendFileSync(file, `${process.resourceUsage().maxRSS}\n`));
