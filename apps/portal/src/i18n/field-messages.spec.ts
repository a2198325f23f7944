import { fieldMessage } from './field-messages.js';

describe('field messages', () => {
  const da = (danish: string): string => danish;
  const en = (_danish: string, english: string): string => english;

  it("shows the service's messages in the reader's language", () => {
    expect(fieldMessage(da, "outside the indicator's valid range")).toBe(
      'Uden for indikatorens gyldige værdier',
    );
    expect(fieldMessage(da, 'must be after 2026-10-15')).toBe('Skal ligge efter 2026-10-15');
    expect(fieldMessage(en, 'must be after 2026-10-15')).toBe('Must be after 2026-10-15');
    expect(fieldMessage(da, 'Too small: expected string to have >=2 characters')).toBe(
      'Skal have mindst 2 tegn',
    );
    expect(fieldMessage(da, 'Too small: expected number to be >=1')).toBe('Skal være mindst 1');
  });

  it("translates the contracts' generic messages for every form", () => {
    expect(fieldMessage(da, 'Too big: expected string to have <=200 characters')).toBe(
      'Må højst have 200 tegn',
    );
    expect(fieldMessage(da, 'Too small: expected array to have >=1 items')).toBe('Vælg mindst 1');
    expect(fieldMessage(da, 'Invalid input: expected string, received undefined')).toBe('Skal udfyldes');
    expect(fieldMessage(en, 'Invalid email address')).toBe('Write a valid e-mail address');
  });

  it('shows a message it does not know as the service wrote it', () => {
    expect(fieldMessage(da, 'something new')).toBe('something new');
  });
});
