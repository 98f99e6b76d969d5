import { describe, expect, it } from 'vitest';
import { recordAddresses } from './address-register-writer.ts';
import { checkAddresses, parseRegister, retiredOn, unrecorded, type PageAddresses } from './addresses.ts';

const REGISTER = `# comment kept
pages:
  /: []
  /part-a/:
    - part-a
    - a-first-words
    - a-item-1
  /full-report/: []
retired:
  - { id: a-item-1, page: /part-a/, revision: March 2027 }
`;

const options = { registerFile: 'content/addresses.yaml', sectionsDir: 'content/sections' };

function page(path: string, ids: string[], extra: Partial<PageAddresses> = {}): PageAddresses {
  return { path, ids: new Set(ids), passages: ids, ...extra };
}

function built(...pages: PageAddresses[]): Map<string, PageAddresses> {
  return new Map(pages.map((p) => [p.path, p]));
}

const sound = () => [
  page('/', []),
  page('/part-a/', ['part-a', 'a-first-words', 'a-item-1'], { source: 'content/sections/part-a.mdx' }),
  // The full report carries every passage, but registers them under their sections.
  page('/full-report/', ['part-a', 'a-first-words', 'a-item-1'], { passages: [] }),
];

describe('the register of addresses', () => {
  it('parses pages with their passages and retirements', () => {
    const register = parseRegister(REGISTER, 'addresses.yaml');
    expect(register.pages['/part-a/']).toEqual(['part-a', 'a-first-words', 'a-item-1']);
    expect(retiredOn(register, ['/part-a/', '/old-a/'])).toEqual([{ id: 'a-item-1', page: '/part-a/', revision: 'March 2027' }]);
    expect(retiredOn(register, ['/part-b/'])).toEqual([]);
  });

  it('refuses a malformed register, naming the file and field, and a retirement of an address never published', () => {
    expect(() => parseRegister('pages:\n  part-a: []\n', 'addresses.yaml')).toThrow(/addresses\.yaml: pages\.part-a/);
    expect(() => parseRegister('pages:\n  /a/: [Bad_Id]\n', 'addresses.yaml')).toThrow(/addresses\.yaml: pages\./);
    expect(() => parseRegister('pages:\n  /a/: []\nretired:\n  - { id: a-x, page: /a/, revision: May }\n', 'addresses.yaml')).toThrow(
      /retired "a-x" is not listed under pages."\/a\/"/,
    );
  });

  it('finds nothing wrong when every address lands', () => {
    expect(checkAddresses(parseRegister(REGISTER, 'r'), built(...sound()), options)).toEqual([]);
  });

  it('names a lost passage with its page, section file and remedy, and the same on the full report', () => {
    const [home, , full] = sound();
    const lost = checkAddresses(
      parseRegister(REGISTER, 'r'),
      built(home!, page('/part-a/', ['part-a', 'a-item-1'], { source: 'content/sections/part-a.mdx' }), page('/full-report/', ['part-a'])),
      options,
    );
    expect(full).toBeDefined();
    expect(lost).toEqual([
      '/part-a/#a-first-words no longer lands on a passage (content/sections/part-a.mdx). If the passage was reworded, put {/* also: a-first-words */} at the start of the passage it became; if it was removed on purpose, list it under "retired:" in content/addresses.yaml (README, "Addresses").',
      '/full-report/#a-item-1 no longer lands on a passage. If the passage was reworded, put {/* also: a-item-1 */} at the start of the passage it became; if it was removed on purpose, list it under "retired:" in content/addresses.yaml (README, "Addresses").',
    ]);
  });

  it('names a lost page with the file it was made from and the movedFrom remedy', () => {
    const [home, , full] = sound();
    const lost = checkAddresses(parseRegister(REGISTER, 'r'), built(home!, full!), options);
    expect(lost).toEqual([
      '/part-a/ (and its 3 passage addresses) no longer exists; it was made from content/sections/part-a.mdx. If that section was renamed or moved, add "movedFrom: [part-a]" to its frontmatter.',
    ]);
  });

  it('follows an old page to the page it forwards to, and refuses a forward to nowhere or in a circle', () => {
    const [home, , full] = sound();
    const renamed = page('/part-one/', ['part-one', 'a-first-words', 'a-item-1'], { source: 'content/sections/part-one.mdx' });
    const register = parseRegister(REGISTER.replace('    - part-a\n', ''), 'r');
    const forwards = page('/part-a/', [], { movedTo: '/part-one/' });
    expect(checkAddresses(register, built(home!, forwards, renamed, full!), options)).toEqual([]);
    expect(checkAddresses(register, built(home!, forwards, full!), options)).toEqual([
      '/part-a/ forwards to /part-one/, which is not in the built site (or forwards in a circle).',
    ]);
    const circle = page('/part-one/', [], { movedTo: '/part-a/' });
    expect(checkAddresses(register, built(home!, forwards, circle, full!), options)).toHaveLength(1);
  });

  it('records new pages and passages, keeping comments and what is already there', () => {
    const register = parseRegister(REGISTER, 'r');
    const additions = unrecorded(register, [
      ...sound(),
      page('/part-a/', ['part-a', 'a-first-words', 'a-item-1', 'a-new-passage']),
      page('/part-b/', ['part-b']),
      page('/search/', []),
    ]);
    expect(additions).toEqual([
      { path: '/part-a/', ids: ['a-new-passage'] },
      { path: '/part-b/', ids: ['part-b'] },
      { path: '/search/', ids: [] },
    ]);
    const text = recordAddresses(REGISTER, additions);
    expect(text).toContain('# comment kept');
    const again = parseRegister(text, 'r');
    expect(again.pages['/part-a/']).toEqual(['part-a', 'a-first-words', 'a-item-1', 'a-new-passage']);
    expect(again.pages['/part-b/']).toEqual(['part-b']);
    expect(again.pages['/search/']).toEqual([]);
    expect(again.retired).toHaveLength(1);
    expect(unrecorded(again, [page('/part-b/', ['part-b'])])).toEqual([]);
  });

  it('writes a new register with its explanation when there is none', () => {
    const text = recordAddresses(undefined, [{ path: '/part-a/', ids: ['part-a'] }]);
    expect(text).toMatch(/^# Every address this web edition has published/);
    expect(parseRegister(text, 'r').pages).toEqual({ '/': [], '/part-a/': ['part-a'] });
  });
});
