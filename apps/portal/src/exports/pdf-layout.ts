import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { Cell } from './export-table.js';

/**
 * A plain A4 document written top to bottom: headings, lines of text and tables that continue on a
 * new page (header repeated). Helvetica, one of the fonts every PDF reader has, so nothing is
 * embedded; it writes Windows-1252, which holds Danish, and any other character becomes "?".
 */
const A4: [number, number] = [595.28, 841.89];
const MARGIN = 50;
const ROW = 16;

export interface PdfColumn {
  readonly title: string;
  /** Share of the text width. */
  readonly width: number;
  readonly align?: 'left' | 'right';
}

export class PdfLayout {
  private page!: PDFPage;
  private y = 0;

  private constructor(
    readonly document: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
  ) {
    this.newPage();
  }

  static async create(title: string): Promise<PdfLayout> {
    const document = await PDFDocument.create();
    document.setTitle(title);
    document.setCreator('Samvirke');
    document.setProducer('Samvirke');
    document.setLanguage('da-DK');
    const regular = await document.embedFont(StandardFonts.Helvetica);
    const bold = await document.embedFont(StandardFonts.HelveticaBold);
    return new PdfLayout(document, regular, bold);
  }

  private get width(): number {
    return A4[0] - 2 * MARGIN;
  }

  private newPage(): void {
    this.page = this.document.addPage(A4);
    this.y = A4[1] - MARGIN;
  }

  private room(height: number): void {
    if (this.y - height < MARGIN) this.newPage();
  }

  /** The text as Helvetica can write it. */
  private encodable(font: PDFFont, text: string): string {
    const known = new Set(font.getCharacterSet());
    return [...text.replace(/\s+/g, ' ')]
      .map((char) => (known.has(char.codePointAt(0) ?? 0) ? char : '?'))
      .join('');
  }

  /** Cut to fit `width`, with an ellipsis when cut. */
  private fit(font: PDFFont, text: string, size: number, width: number): string {
    let fitted = this.encodable(font, text);
    if (font.widthOfTextAtSize(fitted, size) <= width) return fitted;
    while (fitted.length > 1 && font.widthOfTextAtSize(`${fitted}…`, size) > width)
      fitted = fitted.slice(0, -1);
    return `${fitted}…`;
  }

  /** Words over as many lines as they need. */
  private wrap(font: PDFFont, text: string, size: number): string[] {
    const lines: string[] = [];
    let line = '';
    for (const word of this.encodable(font, text).split(' ')) {
      const next = line ? `${line} ${word}` : word;
      if (line && font.widthOfTextAtSize(next, size) > this.width) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    if (line) lines.push(line);
    return lines;
  }

  heading(text: string, size = 16): void {
    this.room(size * 2.2);
    this.y -= size * 1.4;
    for (const line of this.wrap(this.bold, text, size)) {
      this.page.drawText(line, { x: MARGIN, y: this.y, size, font: this.bold });
      this.y -= size * 1.25;
    }
    this.y += size * 0.5;
  }

  paragraph(text: string, size = 10): void {
    for (const line of this.wrap(this.regular, text, size)) {
      this.room(size * 1.4);
      this.y -= size * 1.4;
      this.page.drawText(line, { x: MARGIN, y: this.y, size, font: this.regular, color: rgb(0.2, 0.2, 0.2) });
    }
    this.y -= size * 0.4;
  }

  table(columns: readonly PdfColumn[], rows: readonly (readonly string[])[]): void {
    this.room(ROW * 3);
    this.tableRow(
      columns,
      columns.map((column) => column.title),
      this.bold,
    );
    for (const row of rows) {
      if (this.y - ROW < MARGIN) {
        this.newPage();
        this.tableRow(
          columns,
          columns.map((column) => column.title),
          this.bold,
        );
      }
      this.tableRow(columns, row, this.regular);
    }
    this.y -= ROW / 2;
  }

  private tableRow(columns: readonly PdfColumn[], cells: readonly string[], font: PDFFont): void {
    const size = 9;
    this.y -= ROW;
    let x = MARGIN;
    columns.forEach((column, index) => {
      const width = column.width * this.width;
      const text = this.fit(font, cells[index] ?? '', size, width - 6);
      const left = column.align === 'right' ? x + width - 4 - font.widthOfTextAtSize(text, size) : x + 2;
      this.page.drawText(text, { x: left, y: this.y + 4, size, font });
      x += width;
    });
    this.page.drawLine({
      start: { x: MARGIN, y: this.y },
      end: { x: MARGIN + this.width, y: this.y },
      thickness: font === this.bold ? 0.8 : 0.3,
      color: rgb(0.6, 0.6, 0.6),
    });
  }

  async bytes(): Promise<Uint8Array> {
    return this.document.save();
  }
}

/** A cell as the document writes it, numbers in the reader's locale. */
export function cellText(cell: Cell, formatNumber: (value: number) => string): string {
  if (cell === null) return '–';
  return typeof cell === 'number' ? formatNumber(cell) : cell;
}
