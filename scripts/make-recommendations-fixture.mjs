// Writes fixtures/recommendations/: three rounds of constructed case files (wide form, the bundled
// criteria) from the plan below. Case k of a type in a round has criterion X unmet when k is below
// X's unmet count for that round, and n/a when it is among the last `na` cases; every other
// criterion is met. So every figure in the README can be counted from this plan by hand.
// Rerunning it gives the same files byte for byte.
import { writeFileSync } from 'node:fs';

const DIR = new URL('../fixtures/recommendations/', import.meta.url);
const ROUNDS = [
  { file: '2023.csv', round: '2023 re-inspection', tag: 'R23' },
  { file: '2024.csv', round: '2024 dip sample', tag: 'R24' },
  { file: '2025.csv', round: '2025 dip sample', tag: 'R25' },
];
const TYPES = [
  { type: 'domestic-abuse', tag: 'DA', criteria: ['DA1', 'DA2', 'DA3', 'DA4', 'DA5', 'DA6', 'DA7', 'DA8'] },
  { type: 'section-47', tag: 'S47', criteria: ['CPE1', 'CPE2', 'CPE3', 'CPE4', 'CPE5', 'CPE6', 'CPE7', 'CPE8', 'CPE9'] },
  { type: 'missing-children', tag: 'MC', criteria: ['MC1', 'MC2', 'MC3', 'MC4', 'MC5', 'MC6', 'MC7', 'MC8'] },
];
/** Per type: cases per round, and per criterion its unmet count per round (others: 0). */
export const PLAN = {
  'domestic-abuse': {
    cases: [40, 20, 40],
    unmet: {
      DA1: [16, 6, 2],
      DA2: [12, 4, 2],
      DA3: [8, 4, 6],
      DA4: [2, 3, 14],
      DA5: [16, 6, 3],
      DA6: [10, 5, 1],
      DA7: [4, 2, 4],
      DA8: [4, 2, 3],
    },
    /** DA5 is n/a for the last 8 cases of every round. */
    na: { DA5: 8 },
  },
  'section-47': {
    cases: [30, 20, 30],
    unmet: { CPE1: [15, 5, 3], CPE2: [6, 4, 5], CPE3: [6, 3, 5], CPE4: [3, 2, 3], CPE5: [12, 6, 2], CPE6: [0, 4, 4], CPE7: [9, 3, 1] },
    na: {},
  },
  'missing-children': { cases: [20, 0, 0], unmet: { MC1: [8, 0, 0], MC2: [5, 0, 0], MC3: [4, 0, 0] }, na: {} },
};

/** Cases the audit referred back although no `refer: true` criterion is unmet (for `referrals`). */
const REFERRED_BACK = new Set(['R25-DA-10', 'R25-S47-20']);

const header = ['case_id', 'case_type', 'round', 'independent_grade', 'referred_back', ...TYPES.flatMap((t) => t.criteria)];
const pad = (n) => String(n).padStart(2, '0');

ROUNDS.forEach((r, ri) => {
  const lines = [header.join(',')];
  for (const t of TYPES) {
    const plan = PLAN[t.type];
    const n = plan.cases[ri];
    for (let k = 0; k < n; k++) {
      const cells = Object.fromEntries(
        t.criteria.map((c) => {
          const unmet = plan.unmet[c]?.[ri] ?? 0;
          const na = plan.na[c] ?? 0;
          return [c, k >= n - na ? 'na' : k < unmet ? 'n' : 'y'];
        }),
      );
      const id = `${r.tag}-${t.tag}-${pad(k + 1)}`;
      lines.push([id, t.type, r.round, '', REFERRED_BACK.has(id) ? 'yes' : 'no', ...header.slice(5).map((c) => cells[c] ?? '')].join(','));
    }
  }
  writeFileSync(new URL(r.file, DIR), `${lines.join('\n')}\n`);
});
