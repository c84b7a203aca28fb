// `criteria list`'s account of a programme's language: its scale with every spelling a case file may
// use (a recoding such as `adequate` under requires improvement shows here), the finding spellings,
// the grading rule in words and the areas. Printed only for a language other than the 2017 one, so
// the bundled programme's list is as it was.
import { DEFAULT_FINDINGS } from '../../domain/findings.js';
import { DEFAULT_GRADING } from '../../domain/grading.js';
import { scaleOf } from '../../domain/programme.js';
import { DEFAULT_GRADES, spellingKey } from '../../domain/scale.js';
import type { Programme } from '../../domain/types.js';
import { conditionsInWords } from '../rule-words.js';

export interface LanguageTable {
  title: string;
  head: string[];
  rows: string[][];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Distinct spellings, without case, in the order given. */
function distinct(spellings: readonly string[]): string[] {
  const seen = new Set<string>();
  return spellings.filter((s) => !seen.has(spellingKey(s)) && seen.add(spellingKey(s)));
}

/** The language's tables, or none for the 2017 language. */
export function languageTables(programme: Programme): LanguageTable[] {
  const { scale, findings, grading, areas } = programme;
  if (same(scale, DEFAULT_GRADES) && same(findings, DEFAULT_FINDINGS) && same(grading, DEFAULT_GRADING) && areas.length === 0) return [];
  const grades = scaleOf(programme);
  const tables: LanguageTable[] = [
    {
      title: 'Scale, best first',
      // The id and labels are always accepted: the rest are the programme's own spellings and recodings.
      head: ['Grade', 'Label', 'Table label', 'Also accepted'],
      rows: scale.map((g) => [
        g.id,
        g.label,
        g.tableLabel,
        distinct([g.id, g.label, g.tableLabel, ...g.accept])
          .slice(distinct([g.id, g.label, g.tableLabel]).length)
          .join(', '),
      ]),
    },
    {
      title: 'Findings',
      head: ['Finding', 'Label', 'Case files may write'],
      rows: findings.map((f) => [f.kind, f.label, distinct([...f.accept, f.label]).join(', ')]),
    },
    {
      title: 'Grading rule: the first rule that holds gives the derived grade',
      head: ['Rule', 'Grade', 'When'],
      rows: grading.map((r, i) => [String(i + 1), grades.label(r.grade), (r.if && conditionsInWords(r.if)) || 'every other case']),
    },
  ];
  if (areas.length) tables.push({ title: 'Areas', head: ['Area', 'Title'], rows: areas.map((a) => [a.id, a.title]) });
  return tables;
}
