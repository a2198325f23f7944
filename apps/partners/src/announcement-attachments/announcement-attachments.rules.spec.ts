import { randomBytes } from 'node:crypto';
import { sha256Hex } from '@samvirke/platform';
import { checkUpload, intact, objectKeyOf } from './announcement-attachments.rules.js';

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n', 'latin1'), randomBytes(256)]);

describe('announcement attachment rules', () => {
  it('takes a named PDF, by its content, with its SHA-256', () => {
    const check = checkUpload({
      bytes: PDF,
      contentType: 'application/octet-stream',
      fileName: 'Referat%20%C3%A6.pdf',
    });
    expect(check).toEqual({
      ok: true,
      file: {
        bytes: PDF,
        fileName: 'Referat æ.pdf',
        mediaType: 'application/pdf',
        sizeBytes: PDF.length,
        sha256: sha256Hex(PDF),
      },
    });
  });

  it('names a missing name and an empty body together, and refuses a type by its content', () => {
    const empty = checkUpload({
      bytes: Buffer.alloc(0),
      contentType: 'application/pdf',
      fileName: undefined,
    });
    expect(
      empty.ok === false && 'problems' in empty && empty.problems.map((problem) => problem.pointer),
    ).toEqual(['/headers/file-name', '/body']);
    const exe = checkUpload({
      bytes: Buffer.from('MZ\u0000\u0001'),
      contentType: 'application/octet-stream',
      fileName: 'x.exe',
    });
    expect(exe.ok === false && 'unsupported' in exe).toBe(true);
    const lying = checkUpload({ bytes: PDF, contentType: 'image/png', fileName: 'x.png' });
    expect(lying.ok === false && 'unsupported' in lying && lying.unsupported).toContain('application/pdf');
  });

  it('keys the object under programme and announcement, and checks bytes read back', () => {
    expect(objectKeyOf('p', 'a', 'f')).toBe('announcements/p/a/f');
    expect(intact(PDF, { sizeBytes: PDF.length, sha256: sha256Hex(PDF) })).toBe(true);
    expect(
      intact(Buffer.concat([PDF, Buffer.from('x')]), { sizeBytes: PDF.length, sha256: sha256Hex(PDF) }),
    ).toBe(false);
  });
});
