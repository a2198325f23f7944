import {
  checkOrganisation,
  cvrError,
  EMPTY_ORGANISATION,
  kommunekodeError,
  missingFields,
  municipalityName,
  registerBody,
  updateBody,
} from './organisation-form.js';

const t = (da: string) => da;

describe('the CVR number as the administrator types it', () => {
  it('accepts numbers whose weighted sum (2,7,6,5,4,3,2,1) is divisible by 11, spaces allowed', () => {
    // 1·2+0·7+5·6+8·5+2·4+9·3+8·2+9·1 = 132 = 12·11
    expect(cvrError('10582989', t)).toBeNull();
    expect(cvrError('5456 2519', t)).toBeNull();
    expect(cvrError('', t)).toBeNull();
  });

  it('refuses a wrong check digit, a wrong length, letters and a leading zero', () => {
    expect(cvrError('10582988', t)).toMatch(/kontrolcifferet/);
    expect(cvrError('1058298', t)).toBe('Et CVR-nummer har 8 cifre.');
    expect(cvrError('1058298x', t)).toBe('Et CVR-nummer har 8 cifre.');
    // 05646251 passes modulus 11 but the register never starts a number with 0.
    expect(cvrError('05646251', t)).toBe('Et CVR-nummer begynder aldrig med 0.');
  });
});

describe('the kommunekode', () => {
  it("accepts one of the 98 municipalities' codes and names the municipality", () => {
    expect(kommunekodeError('101', 'municipality', t)).toBeNull();
    expect(kommunekodeError('860', 'municipality', t)).toBeNull();
    expect(municipalityName('751')).toBe('Aarhus Kommune');
    expect(municipalityName('999')).toBeNull();
  });

  it('refuses a code that is no municipality, the wrong length, and a code on a non-municipality', () => {
    expect(kommunekodeError('102', 'municipality', t)).toBe('Ikke en af de 98 danske kommunekoder.');
    expect(kommunekodeError('1011', 'municipality', t)).toBe('En kommunekode har 3 cifre.');
    expect(kommunekodeError('101', 'ngo', t)).toBe('Kun kommuner har en kommunekode.');
  });
});

describe('the organisation form', () => {
  it('names each bad field by the JSON pointer the service uses, and the missing ones only when sent', () => {
    const form = { ...EMPTY_ORGANISATION, name: 'K', cvr: '12345678', kommunekode: '000' };
    expect(Object.keys(checkOrganisation(form, t)).sort()).toEqual(['/cvr', '/kommunekode', '/name']);
    expect(checkOrganisation(EMPTY_ORGANISATION, t)).toEqual({});
    expect(Object.keys(missingFields(EMPTY_ORGANISATION, t)).sort()).toEqual(['/kommunekode', '/name']);
    expect(missingFields({ ...EMPTY_ORGANISATION, type: 'ngo', name: 'Foreningen' }, t)).toEqual({});
  });

  it('leaves the fixed kommunekode unchecked when an organisation is edited', () => {
    const form = { ...EMPTY_ORGANISATION, name: 'Københavns Kommune', kommunekode: '' };
    expect(checkOrganisation(form, t, true)).toEqual({});
    expect(missingFields(form, t, true)).toEqual({});
  });

  it('sends empty optional fields as absent when registering and as null when editing', () => {
    const form = { ...EMPTY_ORGANISATION, name: ' Vejle Kommune ', kommunekode: '630', cvr: '5456 2519' };
    expect(registerBody(form)).toEqual({
      name: 'Vejle Kommune',
      type: 'municipality',
      cvr: '54562519',
      kommunekode: '630',
      contactEmail: undefined,
      website: undefined,
    });
    expect(registerBody({ ...form, type: 'ngo' })['kommunekode']).toBeUndefined();
    expect(updateBody({ ...form, cvr: '' })).toEqual({
      name: 'Vejle Kommune',
      cvr: null,
      contactEmail: null,
      website: null,
    });
  });
});
