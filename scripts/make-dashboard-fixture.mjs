// Writes fixtures/dashboard/: three rounds of constructed case files (wide form, the bundled
// criteria) with the force's own grade and the inspectors' for every case, the auditor who gave the
// force's grade, a referrals log and recommendations: an example where every part of the dashboard
// has something to show. Case k (from 0) of a type in a round has criterion X unmet when k is below
// X's unmet count for that round; every other criterion is met. The inspectors' grade is the one the
// bundled rule gives (a wrong one would show as an override without a reason: a rejected row). The
// self-assessment auditor of case k is AUDITORS[k % 4]; A4 grades one step above the inspectors
// wherever they did not grade good, the others give the inspectors' grade but for SELF_EXCEPTIONS.
// So every figure in the README can be counted from this plan by hand.
// Deterministic; rerun: node scripts/make-dashboard-fixture.mjs [--out DIR] (default fixtures/dashboard)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const outArg = process.argv.indexOf('--out');
const OUT = outArg === -1 ? 'fixtures/dashboard' : process.argv[outArg + 1];

const ROUNDS = [
  { file: '2023.csv', round: '2023 re-inspection', tag: 'R23' },
  { file: '2024.csv', round: '2024 dip sample', tag: 'R24' },
  { file: '2025.csv', round: '2025 dip sample', tag: 'R25' },
];
const TYPES = [
  { type: 'domestic-abuse', tag: 'DA', criteria: ['DA1', 'DA2', 'DA3', 'DA4', 'DA5', 'DA6', 'DA7', 'DA8'], serious: ['DA1', 'DA3', 'DA7'] },
  {
    type: 'child-sexual-exploitation',
    tag: 'CSE',
    criteria: ['CSE1', 'CSE2', 'CSE3', 'CSE4', 'CSE5', 'CSE6', 'CSE7', 'CSE8', 'CSE9'],
    serious: ['CSE1', 'CSE2', 'CSE4', 'CSE7'],
  },
  {
    type: 'missing-children',
    tag: 'MC',
    criteria: ['MC1', 'MC2', 'MC3', 'MC4', 'MC5', 'MC6', 'MC7', 'MC8'],
    serious: ['MC1', 'MC2', 'MC4', 'MC8'],
  },
];
/** The bundled grading.widespread of all three types. */
const WIDESPREAD = 3;
/** Per type: cases per round, and per criterion its unmet count per round (others: 0). */
const PLAN = {
  'domestic-abuse': { cases: [32, 32, 32], unmet: { DA1: [0, 0, 2], DA2: [20, 10, 3], DA4: [14, 14, 14], DA6: [10, 9, 8] } },
  'child-sexual-exploitation': { cases: [20, 20, 20], unmet: { CSE1: [0, 0, 3], CSE3: [10, 10, 10], CSE5: [8, 7, 6] } },
  'missing-children': { cases: [12, 0, 0], unmet: { MC3: [5, 0, 0], MC5: [3, 0, 0] } },
};
const AUDITORS = ['A1', 'A2', 'A3', 'A4'];
const DRIFTS = 'A4';
const GRADES = ['inadequate', 'requires improvement', 'good'];
/** The only self grades of A1 to A3 that differ from the inspectors'. */
const SELF_EXCEPTIONS = { 'R25-DA-05': 'good', 'R25-DA-07': 'good', 'R25-CSE-06': 'inadequate' };
/** Cases the audit referred back: R25-DA-10 with no `refer: true` criterion unmet. */
const REFERRED_BACK = new Set(['R25-DA-01', 'R25-CSE-01', 'R25-DA-10']);

const header = [
  'case_id',
  'case_type',
  'round',
  'auditor',
  'self_grade',
  'independent_grade',
  'referred_back',
  ...TYPES.flatMap((t) => t.criteria),
];
const pad = (n) => String(n).padStart(2, '0');

/** The bundled rule: a serious criterion unmet or widespread failings, inadequate; any unmet, requires improvement. */
function ruleGrade(type, unmet) {
  if (unmet.some((c) => type.serious.includes(c)) || unmet.length >= WIDESPREAD) return 'inadequate';
  return unmet.length > 0 ? 'requires improvement' : 'good';
}

function selfGrade(id, auditor, independent) {
  if (auditor === DRIFTS) return GRADES[Math.min(GRADES.indexOf(independent) + 1, GRADES.length - 1)];
  return SELF_EXCEPTIONS[id] ?? independent;
}

mkdirSync(OUT, { recursive: true });
ROUNDS.forEach((r, ri) => {
  const lines = [header.join(',')];
  for (const t of TYPES) {
    const plan = PLAN[t.type];
    for (let k = 0; k < plan.cases[ri]; k++) {
      const unmet = t.criteria.filter((c) => k < (plan.unmet[c]?.[ri] ?? 0));
      const cells = Object.fromEntries(t.criteria.map((c) => [c, unmet.includes(c) ? 'n' : 'y']));
      const id = `${r.tag}-${t.tag}-${pad(k + 1)}`;
      const auditor = AUDITORS[k % AUDITORS.length];
      const independent = ruleGrade(t, unmet);
      const row = [id, t.type, r.round, auditor, selfGrade(id, auditor, independent), independent, REFERRED_BACK.has(id) ? 'yes' : 'no'];
      lines.push([...row, ...header.slice(row.length).map((c) => cells[c] ?? '')].join(','));
    }
  }
  writeFileSync(join(OUT, r.file), `${lines.join('\n')}\n`);
});

const RECOMMENDATIONS = `# Constructed example: invented recommendations over the three constructed rounds in this folder.
source: Re-inspection, March 2023 (constructed)
recommendations:
  - id: R1
    text: Officers record what they see of each child's behaviour and demeanour
    baseline: 2023 re-inspection
    due: 2024-03-31
    owner: Head of Public Protection
    criteria: [DA2]
    status: achieved
  - id: R2
    text: The domestic abuse marker stays on the record unless a supervisor agrees to remove it
    baseline: 2023 re-inspection
    due: 2024-03-31
    owner: Force control room manager
    criteria: [DA4]
    status: in_progress
  - id: R3
    text: The child's account is recorded in every exploitation case
    baseline: 2023 re-inspection
    due: 2024-06-30
    owner: Detective Chief Inspector, Exploitation
    criteria: [CSE3]
    status: achieved
  - id: R4
    text: Missing children's return interviews are recorded and acted on
    baseline: 2023 re-inspection
    due: 2024-06-30
    owner: Missing persons coordinator
    criteria: [MC3]
    status: open
`;
writeFileSync(join(OUT, 'recommendations.yaml'), RECOMMENDATIONS);

const LOG = `case_id,round,status,date,by,reason,note
R25-DA-01,2025 dip sample,referred,2025-05-01,A1,immediate-risk,Constructed note: never printed (NOTE-MARKER-1)
R25-DA-01,2025 dip sample,acknowledged,2025-05-06,DI Brown,,
R25-DA-01,2025 dip sample,actioned,2025-06-01,DI Brown,,
R25-DA-02,2025 dip sample,referred,2025-05-12,A2,immediate-risk,
R25-DA-10,2025 dip sample,referred,2025-06-02,A2,procedure-failure,
R25-DA-10,2025 dip sample,acknowledged,2025-06-04,DS Green,,
R25-CSE-01,2025 dip sample,referred,2025-06-10,A1,immediate-risk,
R25-CSE-02,2025 dip sample,dismissed,2025-05-20,A2,risk-addressed,
`;
writeFileSync(join(OUT, 'referrals-2025.csv'), LOG);
