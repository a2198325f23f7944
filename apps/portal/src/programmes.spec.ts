import type { Principal } from './auth/session.js';
import { principalWith } from './auth/test-principal.js';
import { programmeHeading, programmeLinks } from './programmes.js';

const t = (da: string) => da;

describe("a programme page's heading", () => {
  it("names the programme beside the page's own name, and leads back through the programme", () => {
    const programme = { id: 'p1', name: 'Bryd den negative sociale arv' };
    expect(programmeHeading(t, 'Fremdrift', programme)).toEqual({
      title: 'Fremdrift – Bryd den negative sociale arv',
      crumbs: [
        { href: '/', label: 'Programmer' },
        { href: '/programmes/p1', label: 'Bryd den negative sociale arv' },
      ],
    });
  });

  it('shows the page name alone while the programme loads', () => {
    expect(programmeHeading(t, 'Godkendelser', undefined)).toEqual({
      title: 'Godkendelser',
      crumbs: [{ href: '/', label: 'Programmer' }],
    });
  });
});

describe("a programme's pages", () => {
  const as = principalWith;
  const pages = (principal: Principal) => programmeLinks(t, principal, 'p1').map((link) => link.label);

  it('offer the funding overview to the roles that may see it', () => {
    expect(pages(as('foundation-officer'))).toEqual([
      'Oversigt',
      'Opslag',
      'Styring',
      'Sundhedstjek',
      'Fremdrift',
      'Scorecard',
      'Læringslog',
      'Regioner',
      'Opdelinger',
      'Analyse',
      'Finansiering',
      'Ansøgningsrunder',
    ]);
    expect(pages(as('backbone-coordinator'))).toEqual([
      'Oversigt',
      'Godkendelser',
      'Opslag',
      'Styring',
      'Sundhedstjek',
      'Fremdrift',
      'Scorecard',
      'Læringslog',
      'Regioner',
      'Opdelinger',
      'Analyse',
      'Rettidighed',
      'Finansiering',
      'Ansøgningsrunder',
    ]);
    expect(pages(as('platform-admin'))).toContain('Finansiering');
  });

  it('leave it out for reporters and partner members', () => {
    expect(pages(as('reporter'))).toEqual([
      'Oversigt',
      'Indberetning',
      'Kommunens godkendelser',
      'Opslag',
      'Styring',
      'Sundhedstjek',
      'Fremdrift',
      'Scorecard',
      'Læringslog',
      'Regioner',
      'Opdelinger',
      'Analyse',
      'Ansøgningsrunder',
    ]);
    expect(pages(as('partner-member'))).toEqual([
      'Oversigt',
      'Opslag',
      'Styring',
      'Sundhedstjek',
      'Fremdrift',
      'Scorecard',
      'Læringslog',
      'Regioner',
      'Opdelinger',
      'Analyse',
      'Ansøgningsrunder',
    ]);
  });
});
