import { programmeHeading } from './programmes.js';

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
