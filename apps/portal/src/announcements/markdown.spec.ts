import { parseInline, parseMarkdown } from './markdown.js';

describe('the safe Markdown of announcements', () => {
  it('reads headings, paragraphs and both kinds of list', () => {
    const blocks = parseMarkdown('# Nyt\n\nFørste linje\nanden linje\n\n- et\n- to\n\n1. første\n2. anden');
    expect(blocks.map((block) => block.kind)).toEqual(['heading', 'paragraph', 'list', 'list']);
    expect(blocks[1]).toEqual({
      kind: 'paragraph',
      content: [{ kind: 'text', text: 'Første linje anden linje' }],
    });
    expect(blocks[2]).toMatchObject({ kind: 'list', ordered: false });
    expect(blocks[3]).toMatchObject({
      kind: 'list',
      ordered: true,
      items: [[{ text: 'første' }], [{ text: 'anden' }]],
    });
  });

  it('keeps links only to http(s) and mailto addresses', () => {
    expect(parseInline('[VIVE](https://www.vive.dk) og [klik](javascript:alert(1))')).toEqual([
      { kind: 'link', text: 'VIVE', href: 'https://www.vive.dk' },
      { kind: 'text', text: ' og ' },
      { kind: 'text', text: 'klik' },
      { kind: 'text', text: ')' },
    ]);
  });

  it('leaves HTML as the text it is', () => {
    expect(parseMarkdown('<script>alert(1)</script> **fed**')).toEqual([
      {
        kind: 'paragraph',
        content: [
          { kind: 'text', text: '<script>alert(1)</script> ' },
          { kind: 'strong', text: 'fed' },
        ],
      },
    ]);
  });
});
