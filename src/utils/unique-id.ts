/** Ids unique within a build, for components that appear several times on a page (label/aria links). */
let counter = 0;

export function uniqueId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}
