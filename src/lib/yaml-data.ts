import { CORE_SCHEMA, load } from 'js-yaml';

/**
 * The project's own YAML data files (the glossary, the SDGs, the address register), read with
 * js-yaml, which Astro already loads to read frontmatter, so reading them as the config loads costs
 * no module of its own (README, Benchmark, eighth pass); with YAML 1.2's core types only (strings,
 * numbers, booleans, null), so an unquoted date stays the text it is. `fail` reports a file that is
 * not valid YAML, naming it, as its reader names its other faults.
 */
export function loadYamlData(text: string, fileName: string, fail: (message: string) => never): unknown {
  try {
    return load(text, { schema: CORE_SCHEMA, filename: fileName });
  } catch (error) {
    return fail(`is not valid YAML: ${(error as Error).message}`);
  }
}
