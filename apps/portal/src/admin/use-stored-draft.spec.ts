import { readDraft, writeDraft } from './use-stored-draft.js';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
  };
}

describe('a draft kept in the browser', () => {
  it('comes back as it was written, under its own key', () => {
    const storage = memoryStorage();
    writeDraft(storage, 'new-programme', { name: 'Hjem til alle', goals: [{ title: 'Boliger' }] });
    expect(readDraft(storage, 'new-programme')).toEqual({
      name: 'Hjem til alle',
      goals: [{ title: 'Boliger' }],
    });
    expect(readDraft(storage, 'programme-edit:p1')).toBeUndefined();
    expect([...storage.items.keys()]).toEqual(['samvirke.draft.new-programme']);
  });

  it('is forgotten, not fatal, when the stored text is not JSON or the storage is full', () => {
    const storage = memoryStorage();
    storage.items.set('samvirke.draft.x', '{not json');
    expect(readDraft(storage, 'x')).toBeUndefined();
    const full = {
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => writeDraft(full, 'x', { a: 1 })).not.toThrow();
  });
});
