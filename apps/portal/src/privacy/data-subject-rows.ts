import type { DataSubjectExport, DataSubjectRequestDto } from '@samvirke/contracts';
import { PdfLayout } from '../exports/pdf-layout.js';

type Translate = (da: string, en: string) => string;

/** One service's line on the receipt: what it found or erased, or that it has not answered yet. */
export function partLine(t: Translate, part: DataSubjectRequestDto['services'][number]): string {
  if (!part.reportedAt)
    return t(`${part.service}: venter på svar`, `${part.service}: waiting for its answer`);
  const counts = Object.entries(part.counts).filter(([, count]) => count > 0);
  if (!counts.length) return t(`${part.service}: intet fundet`, `${part.service}: nothing found`);
  return `${part.service}: ${counts.map(([table, count]) => `${table} ${count}`).join(', ')}`;
}

export function statusName(t: Translate, request: DataSubjectRequestDto): string {
  switch (request.status) {
    case 'open':
      return t('I gang', 'In progress');
    case 'completed':
      return request.kind === 'erasure' ? t('Slettet', 'Erased') : t('Klar', 'Ready');
    case 'closed':
      return t('Lukket (udtrækket slettet)', 'Closed (export erased)');
  }
}

/** Each row of each table as field/value lines, nested values as JSON. */
export function exportSections(
  document: DataSubjectExport,
): { service: string; table: string; rows: [string, string][][] }[] {
  return Object.entries(document.services).flatMap(([service, tables]) =>
    Object.entries(tables).map(([table, rows]) => ({
      service,
      table,
      rows: rows.map((row) =>
        Object.entries(row).map(([field, value]): [string, string] => [
          field,
          value === null ? '–' : typeof value === 'string' ? value : JSON.stringify(value),
        ]),
      ),
    })),
  );
}

/** The export as a readable PDF: per service and table, each row's fields and values. */
export async function exportPdf(t: Translate, document: DataSubjectExport): Promise<Uint8Array> {
  const pdf = await PdfLayout.create(t('Indsigt i personoplysninger', 'Access to personal data'));
  pdf.heading(t('Indsigt i personoplysninger', 'Access to personal data'));
  pdf.paragraph(
    t(
      `Sag ${document.reference}. Alt, hvad Samvirke har om personen, dannet ${document.generatedAt}.`,
      `Case ${document.reference}. Everything Samvirke holds about the person, generated ${document.generatedAt}.`,
    ),
  );
  const columns = [
    { title: t('Felt', 'Field'), width: 0.3 },
    { title: t('Værdi', 'Value'), width: 0.7 },
  ];
  for (const section of exportSections(document)) {
    pdf.heading(`${section.service} · ${section.table}`, 12);
    for (const row of section.rows) pdf.table(columns, row);
  }
  return pdf.bytes();
}
