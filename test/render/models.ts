// Small report and compare models written out in full, for the exact-string renderer tests.
import type { CompareModel } from '../../src/summarise/compare/compare-model.js';
import type { ReportModel } from '../../src/summarise/report/report-model.js';
import { SCALE_2017 } from '../helpers/criteria.js';
import type { AgreementFigures } from '../../src/summarise/compare/agreement-figures.js';

/** Issue 26's figures all undefined: the renderer tests that predate them leave them out. */
export const NO_FIGURES: AgreementFigures = {
  bias: null,
  marginalHomogeneity: null,
  symmetry: null,
  kappaInterval: null,
  weightedKappaInterval: null,
  ac1: null,
  ac2: null,
  brennanPrediger: null,
  prevalenceBias: null,
  undefinedBecause: {},
};

/** The criteria identity every JSON output carries. */
const CRITERIA = { programme: 'Small programme', version: '2', fingerprint: '0123456789ab' };

const counts = (good: number, requires_improvement: number, inadequate: number) => ({ good, requires_improvement, inadequate });

export const REPORT: ReportModel = {
  scale: SCALE_2017,
  force: 'Testshire Police',
  inspectorate: 'HMIC',
  programme: 'Small programme',
  totals: { read: 7, graded: 5, ungraded: 1, rejected: 1 },
  table1Caption: 'Cases assessed by both Testshire Police and HMIC',
  table2Caption: 'Additional cases assessed only by HMIC',
  selfLabel: 'Force assessment',
  independentLabel: 'HMIC assessment',
  bothAssessed: { self: counts(2, 0, 0), independent: counts(1, 0, 1) },
  independentOnly: counts(0, 3, 0),
  byTable: [
    {
      table: 3,
      label: 'Alpha and beta cases',
      caption: 'Cases assessed involving alpha',
      types: ['alpha', 'beta'],
      counts: counts(1, 3, 1),
      graded: 5,
      themes: [
        { criterion: 'A2', text: 'The plan was recorded', unmet: 3, applied: 4, share: 0.75 },
        { criterion: 'A1', text: 'The child was seen', unmet: 1, applied: 1, share: 1 },
      ],
    },
    {
      table: 4,
      label: 'Gamma cases',
      caption: 'Cases assessed involving gamma',
      types: ['gamma'],
      counts: counts(0, 0, 0),
      graded: 0,
      themes: [],
    },
  ],
  referredBack: ['a1'],
  referralSuggested: ['=a2'],
  overrides: [{ caseId: 'b2', derived: 'good', recorded: 'requires_improvement' }],
  ungraded: [{ caseId: 'g1', missing: ['G1', 'G2'] }],
  rejected: [{ file: 'cases.csv', line: 9, message: 'case "x": self_grade is not a grade' }],
  themeLimit: 3,
  selfAssessedByType: [
    { type: 'alpha', title: 'Alpha <b>', n: 2 },
    { type: 'gamma', title: 'Gamma', n: 0 },
  ],
  sentences: { summary: ['Summary one.', 'Summary two.'], referredBack: 'HMIC referred 1 case back to Testshire Police.' },
  criteria: CRITERIA,
};

export const COMPARE: CompareModel = {
  scale: SCALE_2017,
  force: 'Testshire Police',
  inspectorate: 'HMIC',
  n: 4,
  agreed: 1,
  exactAgreement: 0.25,
  selfHigher: 3,
  selfLower: 0,
  twoApart: 1,
  apart: { '1': 2, '2': 1 },
  matrix: {
    good: { good: 1, requires_improvement: 2, inadequate: 1 },
    requires_improvement: { good: 0, requires_improvement: 0, inadequate: 0 },
    inadequate: { good: 0, requires_improvement: 0, inadequate: 0 },
  },
  selfTotals: counts(4, 0, 0),
  independentTotals: counts(1, 2, 1),
  kappa: null,
  kappaBand: null,
  weights: 'linear',
  weightedKappa: null,
  weightedKappaBand: null,
  ...NO_FIGURES,
  byType: [
    {
      type: 'alpha',
      title: 'Alpha',
      n: 4,
      agreed: 1,
      exactAgreement: 0.25,
      selfHigher: 3,
      selfLower: 0,
      twoApart: 1,
      apart: { '1': 2, '2': 1 },
      kappa: null,
      ...NO_FIGURES,
    },
    {
      type: 'gamma',
      title: 'Gamma',
      n: 0,
      agreed: 0,
      exactAgreement: null,
      selfHigher: 0,
      selfLower: 0,
      twoApart: 0,
      apart: {},
      kappa: null,
      ...NO_FIGURES,
    },
  ],
  totals: { read: 4, graded: 4, ungraded: 0, rejected: 0 },
  criteriaSet: CRITERIA,
};
