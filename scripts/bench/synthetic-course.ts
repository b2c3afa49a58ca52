/**
 * Synthetic courses for the scale benchmark: N lessons written into a temporary folder (never
 * into the repository), each about as long as lesson six (about 1,000 words of its own text),
 * with sections, a goal card, a film (a bench-only ID) and an assignment, like a real lesson.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A word unique to lesson `n`, to search for exactly one lesson. */
export const uniqueWord = (n: number) => `provord${n}x`;

export async function writeSyntheticCourse(dir: string, lessons: number): Promise<void> {
  const source = await readFile('content/lessons/06-digidelcenter-och-samhallets-digitalisering.mdx', 'utf8');
  const sentences = source
    .replace(/^---[\s\S]*?---/, '')
    .split('\n')
    .filter((line) => /^[A-ZÅÄÖ][^<>{}]*\.$/.test(line.trim()))
    .flatMap((line) => line.trim().split(/(?<=\.)\s+/));
  await mkdir(join(dir, 'lessons'), { recursive: true });
  await writeFile(
    join(dir, 'course.yaml'),
    [
      'syntetisk:',
      `  title: Syntetisk kurs med ${lessons} lektioner`,
      '  description: En genererad kurs för att mäta bygge och sökning i stor skala.',
      '  intro: [Genererad kurs.]',
      '  credit: Genererad av npm run bench.',
      '  about: [Genererad kurs.]',
      '',
    ].join('\n'),
  );
  const pick = (n: number, count: number) =>
    Array.from({ length: count }, (_, i) => sentences[(n * 7 + i * 3) % sentences.length]).join(' ');
  for (let n = 1; n <= lessons; n++) {
    const body = [
      '---',
      `number: ${n}`,
      `title: Lektion ${n} om digital delaktighet`,
      `description: Genererad lektion ${n} för att mäta hur bygge och sökning växer med kursen.`,
      'authors:',
      '  - name: Bench Benchsson',
      '    role: Författare',
      '---',
      '',
      `${pick(n, 14).trim()} Ordet ${uniqueWord(n)} finns bara i den här lektionen.`,
      '',
      '## Första avsnittet',
      '',
      pick(n + 1, 18),
      '',
      `<Film youtube="bench${String(n).padStart(6, '0')}" title="Film i lektion ${n}" description="En film i lektion ${n}." />`,
      '',
      '## Andra avsnittet',
      '',
      pick(n + 2, 18),
      '',
      '<GoalExamples>',
      '  <GoalExample goal={4}>',
      `    ${pick(n + 3, 5)}`,
      '  </GoalExample>',
      '</GoalExamples>',
      '',
      `<Assignment id="uppdrag-${n}" fields={["Svar 1", "Svar 2"]}>`,
      '',
      `## Uppdrag ${n}`,
      '',
      pick(n + 4, 10),
      '',
      '</Assignment>',
      '',
    ].join('\n');
    await writeFile(join(dir, 'lessons', `${String(n).padStart(4, '0')}-lektion-${n}.mdx`), body);
  }
}
