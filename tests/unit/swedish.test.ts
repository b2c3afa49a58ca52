import { describe, expect, it } from 'vitest';
import { dateText, isoDate } from '../../src/i18n/dates';
import { listJoin, minutesText, numberWord } from '../../src/i18n/swedish';

describe('numberWord', () => {
  it.each([
    [1, 'ett'],
    [6, 'sex'],
    [8, 'åtta'],
    [20, 'tjugo'],
    [21, '21'],
  ])('%i → %s', (n, word) => {
    expect(numberWord(n)).toBe(word);
  });
});

describe('listJoin', () => {
  it.each([
    [['Eva Hweem'], 'Eva Hweem'],
    [['Eva Hweem', 'Jonna Steinrud'], 'Eva Hweem och Jonna Steinrud'],
    [['Eva Hweem', 'Per-Erik Wiik', 'Jonna Steinrud'], 'Eva Hweem, Per-Erik Wiik och Jonna Steinrud'],
  ])('%j → %s', (items, text) => {
    expect(listJoin(items)).toBe(text);
  });
});

describe('dates and minutes', () => {
  it('writes dates the Swedish way', () => {
    const date = new Date('2026-11-24T00:00:00Z');
    expect(dateText(date)).toBe('24 november 2026');
    expect(isoDate(date)).toBe('2026-11-24');
  });

  it.each([
    [1, '1 minut'],
    [4, '4 minuter'],
  ])('%i → %s', (minutes, text) => {
    expect(minutesText(minutes)).toBe(text);
  });
});
