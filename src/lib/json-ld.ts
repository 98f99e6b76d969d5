import { REPORT } from './report.ts';

/** A part of the report a page presents, for `hasPart`. */
export interface JsonLdPart {
  name: string;
  url: string;
  position: number;
}

/**
 * The schema.org description of the report: a Report by UN Women, identified by its document
 * symbol, within the meeting it was written for. schema.org's `isPartOf` expects a creative work;
 * the meeting is given as the Event it was, which is what readers and catalogues mean by it.
 */
export function reportJsonLd(homeUrl: string, part?: JsonLdPart): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Report',
    '@id': `${homeUrl}#report`,
    name: REPORT.title,
    identifier: REPORT.symbol,
    reportNumber: REPORT.symbol,
    datePublished: REPORT.isoDate,
    inLanguage: 'en',
    url: homeUrl,
    author: { '@type': 'Organization', name: REPORT.author, legalName: REPORT.authorFull },
    publisher: { '@type': 'Organization', name: REPORT.organiser },
    isPartOf: {
      '@type': 'Event',
      name: REPORT.meeting,
      startDate: REPORT.meetingStart,
      endDate: REPORT.meetingEnd,
      location: { '@type': 'Place', name: REPORT.meetingPlace },
      organizer: { '@type': 'Organization', name: REPORT.organiser },
    },
    ...(part === undefined ? {} : { hasPart: { '@type': 'CreativeWork', ...part } }),
  };
}

/** JSON that is safe inside a `<script>` element: no `</script>` or `<!--` can end it early. */
export function scriptSafeJson(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
