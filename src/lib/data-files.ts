import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { glossaryEntrySchema, glossaryIdSchema, type GlossaryEntry } from '../schemas/glossary.ts';
import { sdgEntrySchema, sdgIdSchema, type SdgEntry } from '../schemas/sdg.ts';
import { reportRecordSchema, type ReportRecord } from '../schemas/report.ts';
import { loadYamlData } from './yaml-data.ts';

/**
 * Reads the glossary and SDG data files. The remark plugins need them when `astro.config.mjs`
 * loads, before any content collection exists, so they are read here with the very schemas the
 * collections use (and the collections parse YAML with `parseKeyedYaml`, so both agree).
 */

function fail(fileName: string, message: string): never {
  throw new Error(`[content] ${fileName}: ${message}`);
}

/** Parses a YAML file whose top level maps ids to entries, the shape Astro's `file()` loader takes (`yaml-data.ts` says how). */
export function parseKeyedYaml(text: string, fileName: string): Record<string, Record<string, unknown>> {
  const data = loadYamlData(text, fileName, (message) => fail(fileName, message));
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    fail(fileName, 'must map ids to entries (id: followed by indented fields)');
  }
  return data as Record<string, Record<string, unknown>>;
}

function validate<T extends object>(
  fileName: string,
  data: Record<string, unknown>,
  idSchema: z.ZodType,
  schema: z.ZodType<T>,
): (T & { id: string })[] {
  return Object.entries(data).map(([id, raw]) => {
    const key = idSchema.safeParse(id);
    if (!key.success) fail(fileName, `id "${id}": ${key.error.issues[0]?.message ?? 'not allowed'}`);
    const result = schema.safeParse(raw);
    if (!result.success) {
      const issue = result.error.issues[0];
      const field = [id, ...(issue?.path ?? [])].join('.');
      fail(fileName, `${field}: ${issue?.message ?? 'invalid entry'}`);
    }
    return { id, ...result.data };
  });
}

/** No wording may belong to two entries: the text would not say which one it means. */
function assertWordingsUnique(fileName: string, entries: { id: string; wordings: string[] }[]): void {
  const owner = new Map<string, string>();
  for (const { id, wordings } of entries) {
    for (const wording of wordings) {
      const previous = owner.get(wording);
      if (previous !== undefined && previous !== id) fail(fileName, `"${wording}" is listed under both ${previous} and ${id}`);
      owner.set(wording, id);
    }
  }
}

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    fail(path, 'is missing; every content folder needs it next to sections/');
  }
}

/** Every glossary entry of `content/glossary.yaml`, validated, in file order. */
export function loadGlossary(contentDir: string): GlossaryEntry[] {
  const path = join(contentDir, 'glossary.yaml');
  const entries = validate(path, parseKeyedYaml(read(path), path), glossaryIdSchema, glossaryEntrySchema);
  assertWordingsUnique(path, entries.map((entry) => ({ id: entry.id, wordings: [...entry.acronyms, ...entry.mentions] })));
  return entries;
}

/** Every goal and target of `content/sdg.yaml`, validated, in file order. */
export function loadSdgs(contentDir: string): SdgEntry[] {
  const path = join(contentDir, 'sdg.yaml');
  const entries = validate(path, parseKeyedYaml(read(path), path), sdgIdSchema, sdgEntrySchema);
  assertWordingsUnique(path, entries.map((entry) => ({ id: entry.id, wordings: entry.mentions })));
  return entries;
}

/** The report's CSL-JSON record, `content/report.csl.json`, validated. */
export function loadReportRecord(contentDir: string): ReportRecord {
  const path = join(contentDir, 'report.csl.json');
  const text = read(path);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    fail(path, `is not valid JSON: ${(error as Error).message}`);
  }
  const result = reportRecordSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    fail(path, `${issue?.path.join('.') || 'record'}: ${issue?.message ?? 'invalid record'}`);
  }
  return result.data;
}
