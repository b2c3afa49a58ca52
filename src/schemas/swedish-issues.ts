/**
 * What a frontmatter field's mistake means, in the editor's words. Astro prints each schema
 * issue as "field: message" and takes the message from Zod, whose own words are English and
 * speak of types ("Too small: expected string to have >=20 characters"). This error map gives
 * every issue Astro does not word itself (it words a wrong or missing type, which
 * scripts/lib/editor-output.ts explains) one Swedish sentence with what to write instead.
 */
import type { z } from 'astro/zod';

type Issue = z.core.$ZodRawIssue;

const quoted = (values: readonly unknown[]) => values.map((value) => `"${String(value)}"`).join(' eller ');

/** The fields an object schema has, for a misspelt field's message. */
function fieldsOf(issue: Issue): string[] {
  const shape = (issue.inst as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined)?._zod?.def?.shape;
  return shape ? Object.keys(shape) : [];
}

function tooSmall(issue: Issue & { code: 'too_small' }): string {
  const least = Number(issue.minimum);
  if (issue.origin === 'string') {
    return least <= 1
      ? 'Fältet är tomt. Skriv text efter kolonet.'
      : `Texten är för kort. Skriv minst ${least} tecken.`;
  }
  if (issue.origin === 'array')
    return `Listan är tom eller för kort. Skriv minst ${least} rad${least === 1 ? '' : 'er'}, var och en med "- " först.`;
  if (issue.origin === 'number')
    return issue.inclusive ? `Talet ska vara minst ${least}.` : `Talet ska vara större än ${least}.`;
  return `Värdet är för litet (minst ${least}).`;
}

function tooBig(issue: Issue & { code: 'too_big' }): string {
  const most = Number(issue.maximum);
  if (issue.origin === 'string') return `Texten är för lång. Skriv högst ${most} tecken.`;
  if (issue.origin === 'array') return `Listan är för lång. Skriv högst ${most} rader.`;
  return `Värdet är för stort (högst ${most}).`;
}

/** The Swedish message for one schema issue, or undefined to leave it to Astro and Zod. */
export function swedishIssue(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'too_small':
      return tooSmall(issue);
    case 'too_big':
      return tooBig(issue);
    case 'invalid_value':
      return `Här ska stå ${quoted(issue.values)}, stavat precis så.`;
    case 'unrecognized_keys': {
      const fields = fieldsOf(issue);
      const which =
        issue.keys.length === 1 ? `Fältet ${quoted(issue.keys)} finns inte` : `Fälten ${quoted(issue.keys)} finns inte`;
      return `${which} här. Kontrollera stavningen eller ta bort raden.${fields.length ? ` Fälten som finns: ${fields.join(', ')}.` : ''}`;
    }
    case 'invalid_format':
      return issue.format === 'email'
        ? 'Här ska stå en e-postadress, till exempel tillganglighet@exempelby.se.'
        : `Värdet har fel form (${issue.format}).`;
    case 'invalid_type':
      return issue.expected === 'date' ? 'Här ska stå ett datum som ÅÅÅÅ-MM-DD, till exempel 2026-11-24.' : undefined;
    default:
      return undefined;
  }
}
