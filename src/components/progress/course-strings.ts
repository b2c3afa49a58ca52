/** What the start page's progress says to the learner. */
export const COURSE_PROGRESS_TEXT = {
  /** "1 av 1 lektion klar", "1 av 6 lektioner klar", "2 av 6 lektioner klara". */
  courseProgress: (done: number, total: number) =>
    `${done} av ${total} ${total === 1 ? 'lektion' : 'lektioner'} ${done === 1 ? 'klar' : 'klara'}`,
  /** The start button before the learner has begun: one lesson, or a course of several. */
  begin: (lessons: number) => (lessons === 1 ? 'Börja lektionen' : 'Börja kursen'),
  resume: 'Fortsätt där du slutade',
  allDone: 'Du har gått igenom alla lektioner. Bra jobbat!',
  seeAnswers: 'Se mina svar och framsteg',
  lessonDone: 'Klar',
} as const;
