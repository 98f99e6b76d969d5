/** Facts about the published document, stated once for headers, metadata and citations. */
export const REPORT = {
  symbol: 'UN/POP/MIG-15CM/2017/1',
  date: '08 February 2017',
  isoDate: '2017-02-08',
  title: 'Contribution to the Fifteenth Coordination Meeting on International Migration',
  meeting: 'Fifteenth Coordination Meeting on International Migration',
  meetingPlace: 'New York',
  meetingDates: '16-17 February 2017',
  meetingStart: '2017-02-16',
  meetingEnd: '2017-02-17',
  organiser: 'Population Division, Department of Economic and Social Affairs, United Nations Secretariat',
  author: 'UN Women',
  authorFull: 'United Nations Entity for Gender Equality and the Empowerment of Women',
} as const;

/** This edition's own name, used in page titles. */
export const EDITION_NAME = 'UN Women contribution, 15th Coordination Meeting on International Migration';
