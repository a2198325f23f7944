import { contentDisposition, fileName, sniffMediaType, typeRefusal } from './attachments.rules.js';

const zip = (...parts: string[]) =>
  Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), ...parts.map((p) => Buffer.from(p))]);

describe("an attachment's type, read from its bytes", () => {
  it('knows the allowed types by their content', () => {
    expect(sniffMediaType(Buffer.from('%PDF-1.4\n...'))).toBe('application/pdf');
    expect(sniffMediaType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe(
      'image/png',
    );
    expect(sniffMediaType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0]))).toBe('image/jpeg');
    expect(sniffMediaType(zip('[Content_Types].xml', 'xl/workbook.xml'))).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(sniffMediaType(zip('[Content_Types].xml', 'word/document.xml'))).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(sniffMediaType(Buffer.from('\uFEFFkategori;beløb\nLøn;1\n'))).toBe('text/csv');
  });

  it('knows nothing else: executables, plain zips, binary or Latin-1 text, text without columns', () => {
    for (const bytes of [
      Buffer.from('MZ\x90\x00'),
      zip('foo.txt'),
      Buffer.from([0x00, 0x01, 0x02]),
      Buffer.from('kategori;bel\xf8b\n', 'latin1'),
      Buffer.from('just a line of text\n'),
      Buffer.from('a;b\n\x07bell\n'),
      Buffer.alloc(0),
    ])
      expect(sniffMediaType(bytes)).toBeUndefined();
  });

  it('must agree with the declared Content-Type unless that is application/octet-stream', () => {
    const pdf = Buffer.from('%PDF-1.4');
    expect(typeRefusal(pdf, 'application/octet-stream')).toBeUndefined();
    expect(typeRefusal(pdf, 'Application/PDF; foo=bar')).toBeUndefined();
    expect(typeRefusal(pdf, 'image/png')).toMatch(/application\/pdf by its content, not image\/png/);
    expect(typeRefusal(Buffer.from('MZ'), 'application/octet-stream')).toMatch(/none of the types/);
  });
});

describe("an attachment's name", () => {
  it('is read percent-encoded and kept as UTF-8', () => {
    expect(fileName(encodeURIComponent('Revisorerklæring 2026.pdf'))).toBe('Revisorerklæring 2026.pdf');
  });

  it('is refused when missing, undecodable, a path or with control characters', () => {
    for (const header of [
      undefined,
      '',
      '  ',
      '%E6',
      'a%2Fb.pdf',
      'a\\b.pdf',
      '..',
      'a%0Ab.pdf',
      'x'.repeat(201),
    ])
      expect(fileName(header)).toEqual(expect.objectContaining({ pointer: '/headers/file-name' }));
  });

  it('goes back out with an ASCII fallback and the exact name (RFC 6266)', () => {
    expect(contentDisposition('Året "2026".pdf')).toBe(
      `attachment; filename="A_ret _2026_.pdf"; filename*=UTF-8''%C3%85ret%20%222026%22.pdf`,
    );
  });
});
