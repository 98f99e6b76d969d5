import { describe, expect, it } from 'vitest';
import { reportJsonLd, scriptSafeJson } from './json-ld.ts';

describe('reportJsonLd', () => {
  it('describes the report by its symbol, date, author and meeting', () => {
    const data = reportJsonLd('https://example.org/');
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Report',
      identifier: 'UN/POP/MIG-15CM/2017/1',
      datePublished: '2017-02-08',
      author: { '@type': 'Organization', name: 'UN Women' },
      isPartOf: { '@type': 'Event', name: 'Fifteenth Coordination Meeting on International Migration', startDate: '2017-02-16' },
    });
    expect(data).not.toHaveProperty('hasPart');
  });

  it('names the section a page presents', () => {
    const part = { name: '1. Chair of the GMG', url: 'https://example.org/chair-of-the-gmg/', position: 2 };
    expect(reportJsonLd('https://example.org/', part)['hasPart']).toEqual({ '@type': 'CreativeWork', ...part });
  });
});

describe('scriptSafeJson', () => {
  it('cannot close its script element', () => {
    const json = scriptSafeJson({ name: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</');
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
