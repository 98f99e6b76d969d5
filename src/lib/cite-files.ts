import { outputFile, withBase } from './paths.ts';

/**
 * The files reference managers import, one of each per page cited (`/cite/report.ris`,
 * `/cite/chair-of-the-gmg.bib`...), and the types they are served and linked with. The RIS and
 * BibTeX types are the ones reference managers register for; CSL-JSON's is registered with IANA.
 */
export const CITE_FILES = [
  { ext: 'ris', name: 'RIS', type: 'application/x-research-info-systems' },
  { ext: 'bib', name: 'BibTeX', type: 'application/x-bibtex' },
  { ext: 'json', name: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json' },
] as const;

export type CiteFileExt = (typeof CITE_FILES)[number]['ext'];

/** What `/cite/` names the whole report's files; a section's are named by its slug. */
export const REPORT_FILE_NAME = 'report';

/** The site path of one file, e.g. `/cite/report.ris`, under `base`. */
export function citeFilePath(name: string, ext: CiteFileExt, base?: string): string {
  return withBase(`cite/${name}.${ext}`, base);
}

/** The file of the output folder one is written to, e.g. `cite/report.ris`. */
export function citeFileOutput(name: string, ext: CiteFileExt): string {
  return outputFile(citeFilePath(name, ext, '/'));
}
