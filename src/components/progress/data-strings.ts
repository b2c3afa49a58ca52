/** What the answers page and the data controls (download, load, print, clear) say to the learner. */
export const DATA_TEXT = {
  myAnswers: 'Mina svar och framsteg',
  download: 'Ladda ner mina svar och framsteg',
  load: 'Läs in från en fil',
  print: 'Skriv ut mina svar',
  clear: 'Rensa allt',
  confirmClear: 'Vill du ta bort alla dina framsteg och svar från den här enheten? Det går inte att ångra.',
  confirmReplace: 'Filen ersätter det som är sparat på den här enheten. Vill du fortsätta?',
  cleared: 'Allt är borttaget från den här enheten.',
  clearFailed: 'Det gick inte att ta bort. Rensa webbplatsdata i webbläsarens inställningar.',
  loaded: (day: string) => `Dina framsteg och svar från ${day} är inlästa.`,
  nothingSaved: 'Inget är sparat på den här enheten ännu.',
  dataNoScript: 'Med JavaScript avstängt sparas ingenting, och det finns inget att ladda ner eller rensa.',
  importErrors: {
    'too-large': 'Filen är för stor för att vara en fil med kursframsteg. Inget har ändrats.',
    'not-json':
      'Filen går inte att läsa. Välj filen du laddade ner från kursen (den slutar på .json). Inget har ändrats.',
    'wrong-kind': 'Filen kommer inte från den här kursen. Inget har ändrats.',
    newer: 'Filen kommer från en nyare version av kursen. Inget har ändrats.',
    damaged: 'Filen är skadad och kan inte läsas in. Inget har ändrats.',
  },
  readFailed: 'Filen gick inte att öppna. Inget har ändrats.',
  noAnswers: 'Du har inte skrivit några svar ännu.',
  answerEmpty: '(inget svar)',
  sourceLabel: 'Källa',
  lessonsDoneHeading: 'Klara lektioner',
  noLessonsDone: 'Du har inte markerat någon lektion som klar ännu.',
} as const;
