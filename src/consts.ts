/** Site-wide wording that the page chrome shows, in one place. */
export const UI = {
  skipLink: 'Hoppa till innehållet',
  home: 'Kursstart',
  about: 'Om kursen',
  mainNav: 'Huvudmeny',
  breadcrumb: 'Du är här',
  toc: 'Innehåll i lektionen',
  lessonNav: 'Lektioner',
  previousLesson: 'Föregående lektion',
  nextLesson: 'Nästa lektion',
  readingTime: 'Lästid',
  lessons: 'Lektioner',
  author: 'Författare',
  coAuthors: 'Medförfattare',
  published: 'Publicerad',
  revised: 'Reviderad',
  lesson: 'Lektion',
} as const;
