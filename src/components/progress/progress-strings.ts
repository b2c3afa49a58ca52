/** What the progress and answer scripts say to the learner (their labels live with the components). */
export const PROGRESS_TEXT = {
  markDone: 'Markera lektionen som klar',
  undoDone: 'Ångra',
  notDone: 'När du har läst lektionen och gjort uppdraget kan du markera den som klar.',
  done: (day: string) => `Du markerade lektionen som klar ${day}.`,
  doneNote: (day: string) => `Klar – markerad ${day}`,
  saved: (time: string) => `Sparat på den här enheten kl. ${time}.`,
  savedEarlier: 'Sparat på den här enheten.',
  savingUnavailable:
    'Webbläsaren tillåter inte att något sparas, så dina framsteg och svar sparas inte. Spara en kopia av dina svar innan du lämnar sidan.',
  savingFull: 'Webbläsarens lagring är full, så det senaste du gjorde sparades inte.',
  savingNewer: 'Det som är sparat kommer från en nyare version av kursen och ändras inte härifrån. Ladda om sidan.',
  unreadable:
    'Det som var sparat på den här enheten gick inte att läsa. Det ligger kvar i webbläsaren men används inte; nytt sparas från början.',
} as const;
