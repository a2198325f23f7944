import { DELIVERY_STATUSES, MEMBERSHIP_ROLES } from '@samvirke/contracts';
import { roleName, statusName } from './terms.js';
import { reader } from './test-reader.js';

describe('the words the portal shows for codes', () => {
  it.each(['da', 'en'] as const)('names every membership role in %s', (language) => {
    for (const role of MEMBERSHIP_ROLES) expect(roleName(reader(language), role)).not.toBe(role);
    expect(roleName(reader('da'), 'knowledge-partner')).toBe('Videnspartner');
  });

  it.each(['da', 'en'] as const)('names every delivery status (e-mails, webhooks) in %s', (language) => {
    for (const status of DELIVERY_STATUSES) {
      const name = statusName(reader(language), status);
      expect(name).not.toBe(status);
      expect(name).toMatch(/^[A-ZÆØÅ]/);
    }
    expect(statusName(reader('da'), 'dead')).toBe('Opgivet');
  });
});
