import { inboxFilter, inboxItem, type StoredNotification } from './inbox.rules.js';

const page = { limit: 20, offset: 0 };

const stored: StoredNotification = {
  id: 'n1',
  eventType: 'dk.samvirke.measurement.reporting.overdue.v1',
  category: 'reporting-overdue',
  critical: true,
  programmeId: null,
  organisationId: 'o1',
  title: { da: 'Forsinket', en: 'Overdue' },
  body: { da: 'Indberet nu.\n', en: 'Report now.\n' },
  createdAt: new Date('2026-03-01T08:00:00Z'),
  readAt: null,
  about: { kind: 'reporting-period', id: '00000000-0000-4000-8000-0000000000b1' },
};

describe('inbox rules', () => {
  it('lists unread, read or both, and one category when asked', () => {
    expect(inboxFilter({ ...page, unread: 'true' })).toEqual({ unread: true });
    expect(inboxFilter({ ...page, unread: 'false', category: 'grant-update' })).toEqual({
      unread: false,
      category: 'grant-update',
    });
    expect(inboxFilter(page)).toEqual({});
  });

  it('shows a notification in the reader language', () => {
    expect(inboxItem(stored, 'en')).toMatchObject({
      about: { kind: 'reporting-period', id: '00000000-0000-4000-8000-0000000000b1' },
      language: 'en',
      title: 'Overdue',
      body: 'Report now.\n',
    });
    expect(inboxItem(stored, 'da')).toMatchObject({
      language: 'da',
      title: 'Forsinket',
      body: 'Indberet nu.\n',
    });
  });

  it('gives times as ISO strings, and no read time while unread', () => {
    expect(inboxItem(stored, 'da')).toMatchObject({ createdAt: '2026-03-01T08:00:00.000Z', readAt: null });
    const read = inboxItem({ ...stored, readAt: new Date('2026-03-02T09:30:00Z') }, 'da');
    expect(read.readAt).toBe('2026-03-02T09:30:00.000Z');
  });
});
