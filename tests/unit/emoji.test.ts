import { describe, expect, it } from 'vitest';
import { splitEmoji, withoutEmoji } from '../../src/utils/emoji';

describe('decorative emoji', () => {
  it.each([
    ['Så gjorde vi 📺 – DigidelCenter Rättvik', 'Så gjorde vi – DigidelCenter Rättvik'],
    ['📺 Film', 'Film'],
    ['Tumme upp 👍🏽 och ❤️', 'Tumme upp och'],
    ['Familj 👨‍👩‍👧 här', 'Familj här'],
    ['Mål 10: Minskad ojämlikhet', 'Mål 10: Minskad ojämlikhet'],
    ['Å, Ä, Ö – 2026', 'Å, Ä, Ö – 2026'],
  ])('%s → %s', (text, expected) => {
    expect(withoutEmoji(text)).toBe(expected);
  });

  it('splits text into runs, keeping every character', () => {
    const parts = splitEmoji('Så gjorde vi 📺 – Hylte');
    expect(parts).toEqual([
      { text: 'Så gjorde vi ', emoji: false },
      { text: '📺', emoji: true },
      { text: ' – Hylte', emoji: false },
    ]);
    expect(splitEmoji('Utan emoji')).toEqual([{ text: 'Utan emoji', emoji: false }]);
  });
});
