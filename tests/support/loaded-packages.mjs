// Given to `astro build` with `node --import` by a test (tests/build/rebuild.test.ts): when the build's
// process exits, writes the packages its main thread loaded to the file named by UN15CM_LOADED_PACKAGES.
// Other Node processes on the way (npx) record nothing.
import { writeFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { isMainThread } from 'node:worker_threads';

const file = process.env.UN15CM_LOADED_PACKAGES;
if (file && isMainThread && /astro/.test(process.argv[1] ?? '')) {
  const loaded = new Set();
  registerHooks({
    load(url, context, next) {
      const found = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
      if (found) loaded.add(found[1]);
      return next(url, context);
    },
  });
  process.on('exit', () => writeFileSync(file, JSON.stringify([...loaded].sort())));
}
