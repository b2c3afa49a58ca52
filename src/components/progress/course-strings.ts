/** What the start page's progress says to the learner. */
export const COURSE_PROGRESS_TEXT = {
  courseProgress: (done: number, total: number) => `${done} av ${total} ${total === 1 ? 'lektion' : 'lektioner'} klara`,
  resume: 'Fortsätt där du slutade',
  allDone: 'Du har gått igenom alla lektioner. Bra jobbat!',
  lessonDone: 'Klar',
} as const;
