// A programme's grade scale (programme.yaml `scale:`): the grades best first, the words tables
// print for each and the spellings a case file may use. The 2017 programme's three grades are the
// default; a programme may grade on four (Ofsted), five (the 2025 inspection) or any other number.
// Grade ids are plain strings everywhere; counts are objects keyed by id in scale order.
import type { Grade, GradeCounts } from './grades.js';

export interface GradeDef {
  /** The id used in JSON, CSV and case files. */
  id: Grade;
  /** The grade's name ("Requires improvement"). */
  label: string;
  /** What tables print ("Requiring improvement"); the label when not given. */
  tableLabel: string;
  /** More spellings, compared without case (the id and label are always accepted). */
  accept: readonly string[];
  /** What the grade means, for forms and board papers. */
  meaning?: string;
}

/** How spellings are compared: without case, surrounding space or runs of spaces. */
export const spellingKey = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

export class Scale {
  readonly ids: readonly Grade[];
  /** Every accepted spelling, in scale order, for "expected one of ..." messages. */
  readonly spellings: readonly string[];
  private readonly bySpelling = new Map<string, Grade>();
  private readonly byId = new Map<Grade, GradeDef>();
  private readonly ranks = new Map<Grade, number>();

  constructor(readonly grades: readonly GradeDef[]) {
    this.ids = grades.map((g) => g.id);
    const spellings: string[] = [];
    grades.forEach((g, i) => {
      this.byId.set(g.id, g);
      // Higher is better: the last grade is 0.
      this.ranks.set(g.id, grades.length - 1 - i);
      // Label first, then the table's words, the id and the rest: the 2017 messages list them so.
      for (const s of [g.label, g.tableLabel, g.id, ...g.accept]) {
        const key = spellingKey(s);
        if (this.bySpelling.has(key)) continue;
        this.bySpelling.set(key, g.id);
        spellings.push(key);
      }
    });
    this.spellings = spellings;
  }

  get size(): number {
    return this.ids.length;
  }

  /** A grade from any accepted spelling (case- and surrounding-space-insensitive), else undefined. */
  parse(raw: string): Grade | undefined {
    return this.bySpelling.get(raw) ?? this.bySpelling.get(spellingKey(raw));
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  def(id: Grade): GradeDef {
    return this.byId.get(id)!;
  }

  label(id: Grade): string {
    return this.byId.get(id)!.label;
  }

  tableLabel(id: Grade): string {
    return this.byId.get(id)!.tableLabel;
  }

  /** Higher is better: the best grade is size - 1, the worst 0. */
  rank(id: Grade): number {
    return this.ranks.get(id)!;
  }

  /** The grade's place in the scale, best first (0). */
  index(id: Grade): number {
    return this.ids.length - 1 - this.rank(id);
  }

  /** Every grade at 0, in scale order. */
  emptyCounts(): GradeCounts {
    const counts: GradeCounts = {};
    for (const id of this.ids) counts[id] = 0;
    return counts;
  }
}

/** The 2017 programme's grades: good, requires improvement, inadequate. */
export const DEFAULT_GRADES: readonly GradeDef[] = [
  {
    id: 'good',
    label: 'Good',
    tableLabel: 'Good',
    accept: ['g'],
    meaning:
      'All the necessary steps were taken to protect the child and improve the outcomes in their case, and risks and wider threats were understood and acted on.',
  },
  {
    id: 'requires_improvement',
    label: 'Requires improvement',
    tableLabel: 'Requiring improvement',
    accept: ['ri'],
    meaning:
      'Elements of good practice were missing, but there were no widespread or serious failures that left children harmed or at risk.',
  },
  {
    id: 'inadequate',
    label: 'Inadequate',
    tableLabel: 'Inadequate',
    accept: ['i'],
    meaning: 'There were widespread or serious failures that left children harmed or at risk.',
  },
];
