/** What the film block says to the learner, in one place. */
export const FILM_TEXT = {
  consent:
    'Filmen visas från YouTube. När du startar den kan YouTube och Google samla in uppgifter om dig och sätta kakor i din webbläsare.',
  readMore: 'Läs mer',
  readMoreHidden: ' om filmer och kakor',
  start: 'Starta video',
  remember: 'Kom ihåg mitt val',
  rememberHint:
    'Då startar filmer direkt när du klickar på dem, på alla sidor. Valet sparas bara i den här webbläsaren.',
  noScript: 'Filmen kan bara spelas här när JavaScript är påslaget. Du kan se den på YouTube i stället.',
  watchOnYouTube: 'Se filmen på YouTube',
  play: 'Spela filmen',
  remembered: 'Du har valt att filmer från YouTube startar direkt.',
  forget: 'Ändra mitt val',
  notSaved: 'Ditt val kunde inte sparas i den här webbläsaren, så du får frågan igen nästa gång.',
  loadFailed: 'Filmen kunde inte laddas just nu. Försök igen, eller se den på YouTube.',
  unavailable: 'Filmen är inte tillgänglig här ännu.',
  transcript: 'Textversion av filmen',
  /** "Längd: 4 min 30 s". */
  length: (seconds: number) => {
    const minutes = Math.floor(seconds / 60);
    const rest = seconds % 60;
    return `Längd: ${minutes > 0 ? `${minutes} min` : ''}${minutes > 0 && rest > 0 ? ' ' : ''}${rest > 0 ? `${rest} s` : ''}`;
  },
  forgetFailed:
    'Valet kunde inte tas bort, eftersom webbläsaren inte tillåter det. Rensa webbplatsdata i webbläsarens inställningar.',
} as const;
