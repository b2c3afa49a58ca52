import { describe, expect, it } from 'vitest';
import { courseSchema } from '../../src/schemas/course';
import { lessonSchema } from '../../src/schemas/lesson';

const valid = {
  number: 6,
  title: 'DigidelCenter och samhällets digitalisering',
  description: 'En beskrivning som är lång nog för en lektionslista.',
  authors: [
    { name: 'Terese Raymond', role: 'Författare' },
    { name: 'Eva Hweem', role: 'Medförfattare' },
  ],
};

/** The dotted paths of the fields a parse complains about. */
function failingFields(data: unknown): string[] {
  const result = lessonSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('lessonSchema', () => {
  it('accepts a lesson without dates and leaves them undefined', () => {
    const lesson = lessonSchema.parse(valid);
    expect(lesson.published).toBeUndefined();
    expect(lesson.revised).toBeUndefined();
  });

  it('treats an empty date field as not known, never as a made-up date', () => {
    const lesson = lessonSchema.parse({ ...valid, published: null });
    expect(lesson.published).toBeUndefined();
  });

  it('keeps a real date', () => {
    const published = new Date('2021-03-01');
    expect(lessonSchema.parse({ ...valid, published }).published).toEqual(published);
  });

  it.each([
    [{ ...valid, number: 'sex' }, 'number'],
    [{ ...valid, number: 0 }, 'number'],
    [{ ...valid, number: 6.5 }, 'number'],
    [{ ...valid, title: '' }, 'title'],
    [{ ...valid, description: 'Kort.' }, 'description'],
    [{ ...valid, authors: [] }, 'authors'],
    [{ ...valid, authors: [{ name: 'Eva Hweem', role: 'Medförfattare' }] }, 'authors'],
    [{ ...valid, authors: [{ name: 'Eva Hweem', role: 'Redaktör' }] }, 'authors.0.role'],
    [{ ...valid, published: 'i fjol' }, 'published'],
    [{ ...valid, titel: 'Stavfel i fältnamnet' }, ''],
  ])('refuses %j at the field "%s"', (data, field) => {
    expect(failingFields(data)).toContain(field);
  });

  it('names a missing field', () => {
    const { title: _, ...withoutTitle } = valid;
    expect(failingFields(withoutTitle)).toEqual(['title']);
  });
});

describe('courseSchema', () => {
  const course = {
    title: 'DigidelCenter på bibliotek',
    description: 'En självstudiekurs om DigidelCenter på bibliotek.',
    intro: ['Stycke ett.'],
    credit: 'Kursen kommer från Digiteket.',
    about: ['Om kursen.'],
  };

  it('accepts a whole course, with no accessibility contact yet', () => {
    expect(courseSchema.parse(course)).toEqual({ ...course, accessibility: {} });
  });

  it('takes the accessibility contact, and refuses an address that is not one', () => {
    const accessibility = { publisher: 'Exempelby kommun', email: 'webb@exempelby.se', reviewed: '2026-11-20' };
    expect(courseSchema.parse({ ...course, accessibility }).accessibility).toEqual({
      ...accessibility,
      reviewed: new Date('2026-11-20'),
    });
    const result = courseSchema.safeParse({ ...course, accessibility: { email: 'webb på exempelby' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['accessibility', 'email']);
  });

  it.each(['title', 'description', 'intro', 'credit', 'about'])('requires %s', (field) => {
    const result = courseSchema.safeParse({ ...course, [field]: undefined });
    expect(result.success).toBe(false);
  });
});
