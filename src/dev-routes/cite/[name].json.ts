import { citeFileRoute } from '../../lib/cite-file-route.ts';

/** The report's and each section's CSL-JSON file: `/cite/report.json`, `/cite/chair-of-the-gmg.json`. */
export const { getStaticPaths, GET } = citeFileRoute('json');
