import type { DataSubjectExport } from '@samvirke/contracts';
import { exportPdf, exportSections, partLine } from './data-subject-rows.js';

const t = (da: string) => da;

const EXPORT: DataSubjectExport = {
  requestId: '0b7e9c44-2f63-4d0a-8c1e-5a9d3e7f2b02',
  reference: 'J.nr. 2026-17',
  generatedAt: '2026-12-06T18:00:00.000Z',
  services: {
    partners: { contact: [{ name: 'Ida Holm', email: 'ida@example.dk', legal_basis: 'consent' }] },
    keycloak: { user: [{ username: 'ida', attributes: { organisations: ['x'] } }] },
  },
};

describe('data subject request rows', () => {
  it('names each service on the receipt with its counts, nothing found or waiting', () => {
    expect(partLine(t, { service: 'grants', reportedAt: null, counts: {} })).toBe('grants: venter på svar');
    expect(partLine(t, { service: 'grants', reportedAt: '2026-12-06T18:00:00Z', counts: { award: 0 } })).toBe(
      'grants: intet fundet',
    );
    expect(
      partLine(t, {
        service: 'notifications',
        reportedAt: '2026-12-06T18:00:00Z',
        counts: { delivery: 2, contact: 1 },
      }),
    ).toBe('notifications: delivery 2, contact 1');
  });

  it('lays every field of every row out, nested values as JSON', () => {
    const sections = exportSections(EXPORT);
    expect(sections.map((section) => `${section.service}.${section.table}`)).toEqual([
      'partners.contact',
      'keycloak.user',
    ]);
    expect(sections[0]?.rows[0]).toContainEqual(['email', 'ida@example.dk']);
    expect(sections[1]?.rows[0]).toContainEqual(['attributes', '{"organisations":["x"]}']);
  });

  it('writes a PDF', async () => {
    const bytes = await exportPdf(t, EXPORT);
    expect(Buffer.from(bytes.slice(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(1000);
  });
});
