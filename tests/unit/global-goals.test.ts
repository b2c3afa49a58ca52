import { describe, expect, it } from 'vitest';
import { contrastRatio, luminance, readableTextOn } from '../../src/features/goals/contrast';
import { globalGoal, globalGoals } from '../../src/features/goals/global-goals';

describe('contrast', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(luminance('#ffffff')).toBe(1);
  });

  it('picks the text colour that reads better', () => {
    expect(readableTextOn('#000000')).toBe('#ffffff');
    expect(readableTextOn('#FCC30B')).toBe('#000000');
  });

  it('refuses what is not #rrggbb', () => {
    expect(() => luminance('red')).toThrow(/red/);
  });
});

describe('the 17 global goals', () => {
  it('are numbered 1 to 17 with the lesson goals named as the brief says', () => {
    expect(globalGoals.map((goal) => goal.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect([3, 4, 10, 12].map((n) => globalGoal(n).name)).toEqual([
      'God hälsa och välbefinnande',
      'God utbildning',
      'Minskad ojämlikhet',
      'Hållbar konsumtion och produktion',
    ]);
  });

  it.each(globalGoals.map((goal) => [goal.number, goal] as const))(
    'goal %i has text that passes WCAG AA on its colour',
    (_, goal) => {
      expect(contrastRatio(goal.colour, goal.textColour)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it.each(globalGoals.map((goal) => [goal.number, goal] as const))(
    'goal %i may break only at soft hyphens inside words of more than 10 letters',
    (_, goal) => {
      expect(goal.hyphenated.replaceAll('\u00AD', '')).toBe(goal.name);
      const longParts = goal.hyphenated.split(/[\s,\u00AD]+/).filter((part) => part.length > 10);
      expect(longParts).toEqual([]);
    },
  );

  it.each([0, 18, 2.5])('there is no goal %s', (n) => {
    expect(() => globalGoal(n)).toThrow(/1 to 17/);
  });
});
