/** What the search control, the search page and the highlight bar say to the learner. */
export const SEARCH_TEXT = {
  open: 'Sök',
  noIndex: 'Sökningen fungerar först när webbplatsen är byggd (npm run build och npm run preview).',
  pageTitle: 'Sök i kursen',
  pageDescription: 'Sök i kursens lektioner.',
  noScript: 'Sökningen behöver JavaScript. Slå på JavaScript i webbläsaren för att söka i kursen.',
  highlighted: 'Dina sökord är markerade på sidan.',
  clearHighlight: 'Ta bort markeringarna',
} as const;
