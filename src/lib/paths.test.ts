import { describe, expect, it } from 'vitest';
import { outputFile, pageUrl, sectionPath, withBase } from './paths.ts';

describe('withBase', () => {
  it('joins paths under the root base', () => {
    expect(withBase('', '/')).toBe('/');
    expect(withBase('search/', '/')).toBe('/search/');
  });

  it('joins paths under a sub-path base with or without its trailing slash', () => {
    expect(withBase('search/', '/un-women-15cm/')).toBe('/un-women-15cm/search/');
    expect(withBase('/search/', '/un-women-15cm')).toBe('/un-women-15cm/search/');
  });

  it('gives section pages a trailing slash', () => {
    expect(sectionPath('chair-of-the-gmg', '/un-women-15cm/')).toBe('/un-women-15cm/chair-of-the-gmg/');
  });
});

describe('outputFile', () => {
  it('names the file of the output folder a path at the site root is served from', () => {
    expect(outputFile('/og/glossary.png')).toBe('og/glossary.png');
    expect(outputFile('/cite/report.ris')).toBe('cite/report.ris');
    expect(outputFile('report.md')).toBe('report.md');
  });
});

describe('pageUrl', () => {
  it('serves index.html files as their folder and keeps other files as they are', () => {
    expect(pageUrl('index.html', '/')).toBe('/');
    expect(pageUrl('part-a/index.html', '/')).toBe('/part-a/');
    expect(pageUrl('404.html', '/sub/')).toBe('/sub/404.html');
    expect(pageUrl('part-a/index.html', '/sub')).toBe('/sub/part-a/');
  });
});
