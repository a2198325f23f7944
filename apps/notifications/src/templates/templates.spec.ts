import { NOTIFICATION_LANGUAGES } from '@samvirke/contracts';
import { NOTIFICATION_RULES } from '../fan-out/fan-out.rules.js';
import { formatOre, SAMPLE_VARIABLES } from './templates.rules.js';
import { TemplateBook, UnknownTemplate } from './templates.store.js';

const book = new TemplateBook();

describe('message templates', () => {
  it('has a Danish and an English file for every rule, and the digest', () => {
    const needed = [...new Set([...NOTIFICATION_RULES.map((rule) => rule.template), 'digest'])].sort();
    expect(book.names()).toEqual(needed);
  });

  it.each(
    book.names().flatMap((name) => NOTIFICATION_LANGUAGES.map((language) => [name, language] as const)),
  )('%s renders in %s with every placeholder filled', (name, language) => {
    const message = book.render(name, language, SAMPLE_VARIABLES(language));
    expect(message.subject.length).toBeGreaterThan(5);
    expect(message.body.length).toBeGreaterThan(20);
    expect(`${message.subject}\n${message.body}`).not.toMatch(/\{\{|\}\}/);
  });

  it('writes Danish and English differently', () => {
    const da = book.render('reporting-overdue', 'da', SAMPLE_VARIABLES('da'));
    const en = book.render('reporting-overdue', 'en', SAMPLE_VARIABLES('en'));
    expect(da.subject).toBe('Indberetning for 2026-Q2 er forsinket (Københavns Kommune)');
    expect(en.subject).toBe('Reporting for 2026-Q2 is overdue (Københavns Kommune)');
    expect(da.body).toContain('31. juli 2026');
    expect(en.body).toContain('31 July 2026');
  });

  it('refuses a missing placeholder and an unknown template', () => {
    expect(() => book.render('reporting-overdue', 'da', {})).toThrow(/needs \{\{/);
    expect(() => book.render('no-such-template', 'da', {})).toThrow(UnknownTemplate);
  });

  it('formats øre as kroner in each language', () => {
    expect(formatOre(125_000_050, 'da').replace(/\s/g, ' ')).toBe('1.250.000,50 kr.');
    expect(formatOre(125_000_050, 'en').replace(/\s/g, ' ')).toBe('DKK 1,250,000.50');
  });
});
