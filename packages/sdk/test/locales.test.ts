import { describe, expect, test } from 'vitest';
import { formatDate, LANGUAGE_ENDONYMS, localeChain, pickText, resolveLocale } from '../src/index.js';

describe('resolveLocale', () => {
  test('exact and regional matches', () => {
    expect(resolveLocale('ht')).toBe('ht');
    expect(resolveLocale('ht-HT')).toBe('ht');
    expect(resolveLocale('es-419')).toBe('es');
    expect(resolveLocale('PT-br')).toBe('pt');
    expect(resolveLocale('pt', ['pt-BR', 'en'])).toBe('pt-BR');
  });

  test('a browser language list is read in order; invalid tags are skipped', () => {
    expect(resolveLocale(['de-DE', 'fr-CA', 'en'])).toBe('fr');
    expect(resolveLocale(['not a tag', 'ht'])).toBe('ht');
  });

  test('the fallback chain when a language is not available: ht → fr → en', () => {
    expect(resolveLocale('ht', ['fr', 'en'])).toBe('fr');
    expect(resolveLocale('ht', ['en', 'es'])).toBe('en');
    expect(resolveLocale('pt', ['es', 'en'])).toBe('es');
    expect(resolveLocale('de')).toBe('en');
    expect(resolveLocale(undefined)).toBe('en');
    expect(localeChain('ht-HT')).toEqual(['ht-HT', 'ht', 'fr', 'en']);
  });
});

describe('pickText', () => {
  const text = {
    original: 'es',
    text: { es: 'Sesión informativa', fr: 'Séance d’information', en: 'Information session' },
    provenance: { en: 'machine' as const },
  };

  test('the requested language when present', () => {
    expect(pickText(text, 'fr')).toEqual({
      text: 'Séance d’information',
      lang: 'fr',
      isFallback: false,
      provenance: 'human',
    });
    expect(pickText(text, 'es-MX')).toMatchObject({ lang: 'es', isFallback: false });
  });

  test('Creole readers get French, said to be a fallback', () => {
    expect(pickText(text, 'ht')).toEqual({
      text: 'Séance d’information',
      lang: 'fr',
      isFallback: true,
      provenance: 'human',
    });
  });

  test('machine translations are reported as such', () => {
    expect(pickText(text, 'en')).toMatchObject({ lang: 'en', provenance: 'machine', isFallback: false });
  });

  test('the original when nothing in the chain exists', () => {
    const only = { original: 'ht', text: { ht: 'Sesyon enfòmasyon' } };
    expect(pickText(only, 'pt')).toEqual({
      text: 'Sesyon enfòmasyon',
      lang: 'ht',
      isFallback: true,
      provenance: 'human',
    });
  });

  test('every core language names itself', () => {
    expect(LANGUAGE_ENDONYMS.ht).toBe('Kreyòl ayisyen');
  });
});

describe('lookups by what a user typed read own keys only', () => {
  test.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'])(
    '%s is no language',
    (tag) => {
      expect(resolveLocale(tag)).toBe('en');
      expect(localeChain(tag).at(-1)).toBe('en');
      expect(formatDate('2024-05-07', tag, { dateStyle: 'long' })).toBe('May 7, 2024');
      expect(pickText({ original: 'es', text: { es: 'Hola' } }, tag).text).toBe('Hola');
    },
  );
});
