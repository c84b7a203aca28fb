// A recommendation as `actions` uses it, after its file has been checked: the evidence is a set
// of criterion ids (its own criteria and every criterion of its areas), each known to the criteria.

/** The statuses an owner records. */
export const RECOMMENDATION_STATUSES = ['open', 'in_progress', 'achieved', 'not_achieved'] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];

export interface Recommendation {
  id: string;
  text: string;
  /** The round it was made on, as the case files name it. */
  baseline: string;
  /** ISO date. */
  due: string;
  owner: string;
  status: RecommendationStatus;
  /** As written (canonical ids). */
  criteria: string[];
  areas: string[];
  /** The criteria its evidence counts: `criteria` and the areas' criteria, each once. */
  evidence: ReadonlySet<string>;
  /** Where `baseline` is written, for a round the case files do not hold. */
  baselineAt: { file: string; line: number; col: number };
}
