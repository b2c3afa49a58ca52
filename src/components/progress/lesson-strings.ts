/** Labels the lesson's progress and answer components render on the server (no script needs them). */
export const LESSON_PROGRESS_LABELS = {
  doneNoScript: 'Med JavaScript påslaget kan du markera lektionen som klar. Det sparas bara på den här enheten.',
  answersLegend: 'Dina svar',
  answersIntro: 'Det du skriver sparas medan du skriver, bara på den här enheten.',
  answersNoScript: 'Med JavaScript påslaget kan du skriva dina svar här och spara dem på den här enheten.',
} as const;
