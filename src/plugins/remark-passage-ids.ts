import { passageIdTransformer, type PassageIdOptions } from '../lib/passage-ids.ts';

/**
 * Gives every heading, list item and top-level paragraph a readable id that depends only on its
 * own text or printed number, so editing one passage never moves another's address, and applies
 * the editors' address comments (explicit ids, old ids kept as aliases, a noun per numbered list).
 * The rules live in `src/lib/passage-ids.ts`, shared with the reference index.
 */
export function remarkPassageIds(options: Partial<PassageIdOptions> = {}) {
  return passageIdTransformer(options);
}
