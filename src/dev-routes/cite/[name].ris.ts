import { citeFileRoute } from '../../lib/cite-file-route.ts';

/** The report's and each section's RIS file: `/cite/report.ris`, `/cite/chair-of-the-gmg.ris`. */
export const { getStaticPaths, GET } = citeFileRoute('ris');
