/** The query parameter that carries the search terms to the page a result opens. */
export const HIGHLIGHT_PARAM = 'highlight';
