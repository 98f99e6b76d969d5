import { loadReportRecord } from './data-files.ts';
import { CONTENT_DIR } from './content-dir.ts';

/** The report's bibliographic record (`content/report.csl.json`): the one source of the facts below. */
export const RECORD = loadReportRecord(CONTENT_DIR);

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
type Ymd = readonly [number, number, number];
const iso = ([y, m, d]: Ymd): string => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

const [issued] = RECORD.issued['date-parts'];
const [start, end = start] = RECORD['event-date']['date-parts'];

/** Facts about the published document, as the pages print them, all read from the record. */
export const REPORT = {
  symbol: RECORD.number,
  /** As the document prints it: "08 February 2017". */
  date: `${String(issued[2]).padStart(2, '0')} ${MONTHS[issued[1] - 1]} ${issued[0]}`,
  isoDate: iso(issued),
  title: RECORD.title,
  meeting: RECORD['event-title'],
  meetingPlace: RECORD['event-place'],
  /** "16-17 February 2017", as the title page prints it. */
  meetingDates:
    start[1] === end[1] && start[0] === end[0]
      ? `${start[2]}-${end[2]} ${MONTHS[start[1] - 1]} ${start[0]}`
      : `${start[2]} ${MONTHS[start[1] - 1]} ${start[0]}-${end[2]} ${MONTHS[end[1] - 1]} ${end[0]}`,
  meetingStart: iso(start),
  meetingEnd: iso(end),
  organiser: RECORD.publisher,
  author: RECORD.author[0]?.literal ?? '',
  authorFull: RECORD.custom.authorFullName,
} as const;

/** This edition's own name, used in page titles. */
export const EDITION_NAME = 'UN Women contribution, 15th Coordination Meeting on International Migration';
