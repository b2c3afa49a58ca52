/** What the privacy page's film control says to the learner. */
export const FILM_SETTINGS_TEXT = {
  settingsOn:
    'Du har valt att filmer från YouTube startar direkt när du klickar på dem. Valet är sparat i den här webbläsaren.',
  settingsOff: 'Inget val är sparat. Varje film frågar innan den hämtas från YouTube.',
  settingsForget: 'Glöm mitt val för filmer',
  settingsForgotten: 'Ditt val är borttaget. Filmerna frågar igen innan de hämtas från YouTube.',
  settingsNoScript: 'Med JavaScript avstängt sparas inget val och inga filmer hämtas från YouTube.',
} as const;
