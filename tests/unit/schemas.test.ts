import { describe, expect, it } from 'vitest';
import { courseSchema } from '../../src/schemas/course';
import { lessonSchema } from '../../src/schemas/lesson';
import { swedishIssue } from '../../src/schemas/swedish-issues';

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

describe('the frontmatter’s messages, as the content layer words them', () => {
  const messages = (schema: typeof lessonSchema | typeof courseSchema, data: unknown) => {
    const result = schema.safeParse(data, { error: swedishIssue });
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };

  it('says in Swedish what to write for each field, never Zod’s English', () => {
    expect(
      messages(lessonSchema, {
        ...valid,
        number: 0,
        title: ' ',
        description: 'Kort',
        authors: [{ name: 'Eva Hweem', role: 'Skribent' }],
        beskrivning: 'fel',
      }),
    ).toEqual([
      'number: Talet ska vara större än 0.',
      'title: Fältet är tomt. Skriv text efter kolonet.',
      'description: Texten är för kort. Skriv minst 20 tecken.',
      'authors.0.role: Här ska stå "Författare" eller "Medförfattare", stavat precis så.',
      ': Fältet "beskrivning" finns inte här. Kontrollera stavningen eller ta bort raden. Fälten som finns: number, title, description, authors, published, revised, draft.',
    ]);
    expect(messages(lessonSchema, { ...valid, authors: [{ name: 'Eva Hweem', role: 'Medförfattare' }] })).toEqual([
      'authors: Minst en person ska ha role: Författare.',
    ]);
    expect(messages(lessonSchema, { ...valid, description: 'x'.repeat(201), authors: [] })).toEqual([
      'description: Texten är för lång. Skriv högst 200 tecken.',
      'authors: Listan är tom eller för kort. Skriv minst 1 rad, var och en med "- " först.',
      'authors: Minst en person ska ha role: Författare.',
    ]);
  });

  it('words the course file’s address and date fields', () => {
    const course = {
      title: 'Kurs',
      description: 'En beskrivning som är lång nog för en kurs.',
      intro: ['Intro'],
      credit: 'Från Digiteket',
      about: ['Om'],
    };
    expect(
      messages(courseSchema, { ...course, accessibility: { email: 'ingen adress', reviewed: 'i våras' } }),
    ).toEqual([
      'accessibility.email: Här ska stå en e-postadress, till exempel tillganglighet@exempelby.se.',
      'accessibility.reviewed: Här ska stå ett datum som ÅÅÅÅ-MM-DD, till exempel 2026-11-24.',
    ]);
  });
});
