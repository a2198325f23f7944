import { formatDate, formatOre, renderTemplate, templateFileName } from './templates.rules.js';

const SOURCE = 'Subject: Hello {{name}}\n\nDear {{name}},\n\nyou owe {{amount}}.\n\n';

describe('template rules', () => {
  it('reads the name and language from a template file name, and ignores other files', () => {
    expect(templateFileName('tranche-paid.da.txt')).toEqual({ name: 'tranche-paid', language: 'da' });
    expect(templateFileName('README.md')).toBeUndefined();
    expect(templateFileName('Tranche.da.txt')).toBeUndefined();
  });

  it('fills every placeholder, splits off the subject and ends the body with one newline', () => {
    expect(renderTemplate('greeting.en', SOURCE, { name: 'Aarhus', amount: '5 kr.' })).toEqual({
      subject: 'Hello Aarhus',
      body: 'Dear Aarhus,\n\nyou owe 5 kr..\n',
    });
  });

  it('refuses a placeholder without a value, naming the template and the placeholder', () => {
    expect(() => renderTemplate('greeting.en', SOURCE, { name: 'Aarhus' })).toThrow(
      'template greeting.en needs {{amount}}',
    );
  });

  it('refuses a template without a Subject: line and a blank line', () => {
    expect(() => renderTemplate('broken.da', 'Hello\nthere', {})).toThrow(/must start with a Subject: line/);
  });

  it('writes dates in the reader language, from a date or a timestamp', () => {
    expect(formatDate('2026-07-31', 'da')).toBe('31. juli 2026');
    expect(formatDate('2026-07-31T23:30:00+02:00', 'en')).toBe('31 July 2026');
  });

  it('writes whole kroner from øre', () => {
    expect(formatOre(100, 'da').replace(/\s/g, ' ')).toBe('1 kr.');
    expect(formatOre(1_000_000_000, 'da').replace(/\s/g, ' ')).toBe('10.000.000 kr.');
    expect(formatOre(1_000_000_000, 'en').replace(/\s/g, ' ')).toBe('DKK 10,000,000');
  });
});
