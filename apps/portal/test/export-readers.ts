/**
 * Reads back what the XLSX writer made, for tests: the zip's entries by name (the central directory,
 * as a reader does), and the first sheet's cells by reference. Stored entries only.
 */
export function unzipStored(bytes: Uint8Array): Map<string, string> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.length - 22;
  if (view.getUint32(end, true) !== 0x06054b50) throw new Error('no end of central directory');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  const entries = new Map<string, string>();
  for (let index = 0; index < count; index++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('bad central header');
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const offset = view.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const localName = view.getUint16(offset + 26, true);
    const extra = view.getUint16(offset + 28, true);
    const start = offset + 30 + localName + extra;
    entries.set(name, decoder.decode(bytes.subarray(start, start + size)));
    at += 46 + nameLength;
  }
  return entries;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** Cell reference → number or text, from sheet1. */
export function readSheet(bytes: Uint8Array): Map<string, string | number> {
  const sheet = unzipStored(bytes).get('xl/worksheets/sheet1.xml') ?? '';
  const cells = new Map<string, string | number>();
  for (const match of sheet.matchAll(/<c r="([A-Z]+\d+)"([^>]*)>([\s\S]*?)<\/c>/g)) {
    const [, ref = '', attributes = '', body = ''] = match;
    const text = /<t[^>]*>([\s\S]*?)<\/t>/.exec(body)?.[1];
    const value = /<v>(.*?)<\/v>/.exec(body)?.[1];
    cells.set(ref, attributes.includes('inlineStr') ? unescapeXml(text ?? '') : Number(value));
  }
  return cells;
}

/** The text of every page of a PDF, as a PDF reader (Mozilla's pdf.js) extracts it, page by page. */
export async function pdfText(bytes: Uint8Array): Promise<string[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, verbosity: 0 })
    .promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : ''))
        .join('')
        .replace(/[ ]+/g, ' '),
    );
  }
  await document.destroy();
  return pages;
}
