/**
 * The lesson as the bench measures it with films: every <Film> that has no YouTube ID yet gets
 * one of the bench's; a film whose ID the editor has set keeps it.
 */
export function withFilmIds(source: string, ids: readonly string[]): string {
  let next = 0;
  return source.replace(/<Film\b([^>]*)>/g, (film: string, fields: string) =>
    /\byoutube=/.test(fields) ? film : `<Film youtube="${ids[next++] ?? ''}"${fields}>`,
  );
}
