import { describe, expect, inject, it } from 'vitest';
import { builtPages } from '../support/pages.ts';

describe('built site', () => {
  it('has a page for every section plus home, full report and 404', () => {
    const pages = builtPages(inject('distDir'));
    expect(pages).toEqual(
      expect.arrayContaining(['', '404.html', 'full-report/', 'chair-of-the-gmg/', 'initiatives-2017/']),
    );
  });
});
