import { citeFileRoute } from '../../lib/cite-file-route.ts';

/** The report's and each section's BibTeX file: `/cite/report.bib`, `/cite/chair-of-the-gmg.bib`. */
export const { getStaticPaths, GET } = citeFileRoute('bib');
