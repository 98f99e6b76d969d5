import { describe, expect, it } from 'vitest';
import { AS_TYPED_PARAM, MAX_QUERY_IN_URL, searchPageUrl } from './url.ts';

describe('searchPageUrl', () => {
  const page = 'http://127.0.0.1:4321/un-women-15cm/search/';

  it('puts the query and the section filter in the address, keeping the base path', () => {
    expect(searchPageUrl(page, 'New York', 'A.1 Chair of the GMG')).toBe(
      `${page}?q=New+York&section=A.1+Chair+of+the+GMG`,
    );
  });

  it('drops an empty query, an unset filter and anything else in the address', () => {
    expect(searchPageUrl(`${page}?q=old&utm=x#top`, '   ', '')).toBe(page);
  });

  it('encodes markup and caps very long queries without splitting characters', () => {
    expect(searchPageUrl(page, '<script>&', '')).toBe(`${page}?q=%3Cscript%3E%26`);
    const long = searchPageUrl(page, '🙂'.repeat(1000), '');
    expect(new URL(long).searchParams.get('q')).toBe('🙂'.repeat(MAX_QUERY_IN_URL));
  });
});

describe('searchPageUrl as typed', () => {
  const page = 'http://127.0.0.1:4321/search/';

  it('marks a search the reader asked to run as typed, and only with a query', () => {
    expect(searchPageUrl(page, 'Moldava', '', true)).toBe(`${page}?q=Moldava&${AS_TYPED_PARAM}=`);
    expect(searchPageUrl(page, '', '', true)).toBe(page);
    expect(searchPageUrl(`${page}?q=Moldava&${AS_TYPED_PARAM}=`, 'Moldava', '')).toBe(`${page}?q=Moldava`);
  });
});
