import { safeFileName, toDanishCsv, type ExportTable } from './export-table.js';
import { toXlsx, XLSX_TYPE } from './xlsx.js';

/** Hands the browser a file to save, under the name given. */
export function saveFile(data: BlobPart, type: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled; the next tick frees the memory.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function saveCsv(table: ExportTable, fileName: string): void {
  saveFile(toDanishCsv(table), 'text/csv;charset=utf-8', `${safeFileName(fileName)}.csv`);
}

export function saveXlsx(table: ExportTable, fileName: string, sheet: string): void {
  saveFile(toXlsx(table, sheet) as Uint8Array<ArrayBuffer>, XLSX_TYPE, `${safeFileName(fileName)}.xlsx`);
}

export function savePdf(bytes: Uint8Array, fileName: string): void {
  saveFile(bytes as Uint8Array<ArrayBuffer>, 'application/pdf', `${safeFileName(fileName)}.pdf`);
}
