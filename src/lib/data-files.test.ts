import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGlossary, loadReportRecord, loadSdgs, parseKeyedYaml } from './data-files.ts';

function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'un15cm-data-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const GMG = `gmg:
  term: GMG
  expansion: Global Migration Group
  description: The inter-agency group on migration.
  acronyms: [GMG]
`;

describe('loadGlossary', () => {
  it('returns validated entries with their ids and defaults', () => {
    const [gmg] = loadGlossary(folderWith({ 'glossary.yaml': GMG }));
    expect(gmg).toEqual({
      id: 'gmg',
      term: 'GMG',
      expansion: 'Global Migration Group',
      description: 'The inter-agency group on migration.',
      acronyms: ['GMG'],
      mentions: [],
      crossReference: false,
    });
  });

  it('names the file, the entry and the field of a bad entry', () => {
    const dir = folderWith({ 'glossary.yaml': GMG.replace('  expansion: Global Migration Group\n', '') });
    expect(() => loadGlossary(dir)).toThrow(/glossary\.yaml: gmg\.expansion: /);
  });

  it('rejects unknown fields, so a misspelt field is not silently ignored', () => {
    const dir = folderWith({ 'glossary.yaml': `${GMG}  acronym: [GMG]\n` });
    expect(() => loadGlossary(dir)).toThrow(/glossary\.yaml: gmg/);
  });

  it('rejects an entry that cannot be found in the text', () => {
    const dir = folderWith({ 'glossary.yaml': GMG.replace('  acronyms: [GMG]\n', '') });
    expect(() => loadGlossary(dir)).toThrow(/gmg\.mentions: give at least one acronym or mention/);
  });

  it('wants the official name and the report wording together', () => {
    const dir = folderWith({ 'glossary.yaml': `${GMG}  officialName: Global Migration Group\n` });
    expect(() => loadGlossary(dir)).toThrow(/gmg\.officialName/);
  });

  it('rejects a wording claimed by two entries', () => {
    const dir = folderWith({ 'glossary.yaml': `${GMG}${GMG.replace('gmg:', 'gmg-again:')}` });
    expect(() => loadGlossary(dir)).toThrow(/"GMG" is listed under both gmg and gmg-again/);
  });

  it('rejects ids that cannot be anchors', () => {
    const dir = folderWith({ 'glossary.yaml': GMG.replace('gmg:', 'The GMG:') });
    expect(() => loadGlossary(dir)).toThrow(/id "The GMG"/);
  });

  it('names the missing file', () => {
    expect(() => loadGlossary(folderWith({}))).toThrow(/glossary\.yaml: is missing/);
  });
});

describe('loadSdgs', () => {
  it('checks that goals have whole numbers and targets dotted ones', () => {
    const dir = folderWith({ 'sdg.yaml': 'goal-8:\n  kind: goal\n  number: "8.8"\n  wording: Promote decent work for all\n  mentions: [Goal 8]\n' });
    expect(() => loadSdgs(dir)).toThrow(/sdg\.yaml: goal-8\.number/);
  });
});

describe('parseKeyedYaml', () => {
  it('names the file when the YAML is broken or not a map of entries', () => {
    expect(() => parseKeyedYaml('a: [unclosed', 'glossary.yaml')).toThrow(/glossary\.yaml: is not valid YAML/);
    expect(() => parseKeyedYaml('- a\n- b\n', 'glossary.yaml')).toThrow(/glossary\.yaml: must map ids to entries/);
  });

  it('refuses duplicate ids', () => {
    expect(() => parseKeyedYaml(`${GMG}${GMG}`, 'glossary.yaml')).toThrow(/glossary\.yaml/);
  });

  it("reads YAML 1.2's core types only: an unquoted date or a yes stays the text it is", () => {
    expect(parseKeyedYaml('a:\n  adopted: 2015-09-25\n  answer: yes\n  count: 17\n  open: true\n', 'glossary.yaml')).toEqual({
      a: { adopted: '2015-09-25', answer: 'yes', count: 17, open: true },
    });
  });
});

describe('loadReportRecord', () => {
  const record = JSON.parse(readFileSync('content/report.csl.json', 'utf8')) as Record<string, unknown>;
  const load = (data: unknown) => () => loadReportRecord(folderWith({ 'report.csl.json': JSON.stringify(data) }));

  it('reads the real record: a report by one corporate author, with the symbol as its number', () => {
    expect(load(record)()).toMatchObject({ type: 'report', author: [{ literal: 'UN Women' }], number: 'UN/POP/MIG-15CM/2017/1' });
  });

  it('fails naming the file and the field', () => {
    const { number, ...withoutNumber } = record;
    expect(number).toBeDefined();
    expect(load(withoutNumber)).toThrow(/report\.csl\.json: number: /);
    expect(load({ ...record, author: [{ family: 'Women', given: 'UN' }] })).toThrow(/report\.csl\.json: author\.0\.literal: /);
    expect(load({ ...record, issued: { 'date-parts': [[2017, 13, 8]] } })).toThrow(/report\.csl\.json: issued\.date-parts\.0\.1: /);
    expect(() => loadReportRecord(folderWith({ 'report.csl.json': '{ "id": ' }))).toThrow(/report\.csl\.json: is not valid JSON/);
    expect(() => loadReportRecord(folderWith({}))).toThrow(/report\.csl\.json: is missing/);
  });
});
