// Section 4's summary sentences, worded as the 2017 report words them and filled from the counts.
// Zero and one are worded as a person would ("in none of the cases", "this case"), never "in 0 cases".
import { sentenceStart } from '../../text/sentence.js';
import { countTotal, type Grade, type GradeCounts } from '../../domain/grades.js';
import type { Scale } from '../../domain/scale.js';

export interface ReportSentences {
  /** The opening paragraph: what the force self-assessed, how both graded it, the further cases. */
  summary: string[];
  /** The paragraph before the referred-back list. */
  referredBack: string;
}

export interface SentenceInput {
  force: string;
  inspectorate: string;
  bothAssessed: { self: GradeCounts; independent: GradeCounts };
  independentOnly: GradeCounts;
  referredBack: readonly string[];
  scale: Scale;
}

type Words = (g: Grade) => string;

/** A grade as the sentences say it: its table label in lower case ("requiring improvement"). */
const lowerOf =
  (scale: Scale): Words =>
  (g) =>
    scale.tableLabel(g).toLowerCase();

/** "In none of the cases was practice considered to be good / to require improvement." */
const consideredOf =
  (scale: Scale): Words =>
  (g) => {
    const words = scale.tableLabel(g).toLowerCase();
    const requiring = /^requir(?:ing|es) (.*)$/.exec(words);
    return requiring ? `to require ${requiring[1]}` : `to be ${words}`;
  };

const LIST_TYPES = { and: 'conjunction', or: 'disjunction' } as const;
/** Made on first use: a part worker (src/threads) loads this module but writes no sentence, and Intl's locale data costs a thread ~6 MB. */
const lists = new Map<keyof typeof LIST_TYPES, Intl.ListFormat>();

/** British lists, as the report writes them: "a, b and c", "a, b or c" (no serial comma). */
export function joinAnd(items: readonly string[], word: keyof typeof LIST_TYPES = 'and'): string {
  let list = lists.get(word);
  if (!list) lists.set(word, (list = new Intl.ListFormat('en-GB', { type: LIST_TYPES[word] })));
  return list.format(items);
}

export const casesText = (n: number) => (n === 1 ? '1 case' : `${n} cases`);

interface Split {
  n: number;
  present: Array<[Grade, number]>;
  absent: Grade[];
}

function split(counts: GradeCounts, scale: Scale): Split {
  return {
    n: countTotal(counts),
    present: scale.ids.filter((g) => counts[g]! > 0).map((g) => [g, counts[g]!]),
    absent: scale.ids.filter((g) => counts[g] === 0),
  };
}

/** "In none of ... was practice assessed as X or Y." Only where it adds something (two or more cases). */
function noneClause(s: Split, lead: string, words: Words): string[] {
  if (s.n < 2 || s.absent.length === 0) return [];
  return [`${lead} ${joinAnd(s.absent.map(words), 'or')}.`];
}

function selfSentences(s: Split, scale: Scale): string[] {
  const lower = lowerOf(scale);
  const lead = "The force's assessors graded practice";
  const [first, ...rest] = s.present as [[Grade, number], ...Array<[Grade, number]>];
  let sentence: string;
  if (s.n === 1) sentence = `${lead} in the case as ${lower(first[0])}.`;
  else if (rest.length === 0) sentence = `${lead} in all ${s.n} cases as ${lower(first[0])}.`;
  else
    sentence = `${lead} ${joinAnd([`in ${first[1]} of the cases as ${lower(first[0])}`, ...rest.map(([g, c]) => `as ${lower(g)} in ${c}`)])}.`;
  return [sentence, ...noneClause(s, 'In none of the cases was practice considered', consideredOf(scale))];
}

function inspectorateSentences(s: Split, inspectorate: string, scale: Scale): string[] {
  const lower = lowerOf(scale);
  const [first, ...rest] = s.present as [[Grade, number], ...Array<[Grade, number]>];
  let sentence: string;
  if (s.n === 1) sentence = `${inspectorate} also assessed this case, grading the force's practice as ${lower(first[0])}.`;
  else if (rest.length === 0)
    sentence = `${inspectorate} also assessed these cases; grading the force's practice in all ${s.n} as ${lower(first[0])}.`;
  else {
    const parts = [`in ${first[1]} as ${lower(first[0])}`, ...rest.map(([g, c]) => `as ${lower(g)} in ${c}`)];
    sentence = `${inspectorate} also assessed these cases; grading the force's practice ${joinAnd(parts)}.`;
  }
  return [sentence, ...noneClause(s, 'In none of these cases was practice assessed as', lower)];
}

function furtherSentences(s: Split, inspectorate: string, further: boolean, scale: Scale): string[] {
  const lower = lowerOf(scale);
  const cases = further && s.n === 1 ? 'a further case' : `${further ? 'a further ' : ''}${casesText(s.n)}`;
  const lead = `${inspectorate} selected and examined ${cases}`;
  const [first, ...rest] = s.present as [[Grade, number], ...Array<[Grade, number]>];
  let sentence: string;
  if (s.n === 1) sentence = `${lead}; practice in it was assessed as ${lower(first[0])}.`;
  else if (rest.length === 0) sentence = `${lead}; practice in all ${s.n} was assessed as ${lower(first[0])}.`;
  else
    sentence = `${lead}; ${joinAnd([`practice in ${first[1]} was assessed as ${lower(first[0])}`, ...rest.map(([g, c]) => `in ${c} as ${lower(g)}`)])}.`;
  return [sentence, ...noneClause(s, 'In none of these cases was practice assessed as', lower)];
}

export function reportSentences(input: SentenceInput): ReportSentences {
  const inspectorate = sentenceStart(input.inspectorate);
  const { scale } = input;
  const self = split(input.bothAssessed.self, scale);
  const independent = split(input.bothAssessed.independent, scale);
  const only = split(input.independentOnly, scale);
  const summary: string[] = [];
  if (self.n > 0) {
    summary.push(
      `${inspectorate} asked ${input.force} to self-assess the effectiveness of its practice in ${self.n} child protection case${self.n === 1 ? '' : 's'}.`,
    );
    summary.push(...selfSentences(self, scale), ...inspectorateSentences(independent, inspectorate, scale));
  } else if (only.n > 0) {
    summary.push(`No case was graded by both ${input.force} and ${input.inspectorate}.`);
  } else {
    summary.push('No case was graded.');
  }
  if (only.n > 0) summary.push(...furtherSentences(only, inspectorate, self.n > 0, scale));
  else if (self.n > 0) summary.push(`${inspectorate} examined no further cases.`);

  const k = input.referredBack.length;
  const referredBack =
    k === 0
      ? `${inspectorate} referred no cases back to ${input.force}.`
      : `${inspectorate} referred ${casesText(k)} back to ${input.force} because ${k === 1 ? 'it was' : 'they were'} considered to contain ` +
        'evidence of a serious problem – for example, a failure to follow child protection procedures and/or a child at ' +
        'immediate risk of significant harm.';
  return { summary, referredBack };
}
