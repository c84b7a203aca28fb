// A long-form case file for the tests of long form read in parts: every case's self row in the
// first half and its independent row in the second, so a case's rows fall in different parts; a
// moderator re-marks some, and some cases only a moderator marked (named at the end); two rounds;
// rejected rows (a finding `x`, every 41st case); quoted two-line notes.
export const LONG_HEADER = 'case_id,case_type,round,assessor,auditor,grade,referred_back,notes,team,DA1,DA2,DA3,DA4,DA5,DA6,DA7,DA8';
const GRADES = ['good', 'requires improvement', 'inadequate'];

const findings = (i: number) => (i % 41 === 0 ? 'y,x,y,y,y,y,y,y' : i % 11 === 0 ? 'y,n,y,y,n,y,y,y' : 'y,y,y,y,y,y,y,y');
const notes = (i: number) => (i % 53 === 0 ? '"first line\nsecond, line"' : '');
const blank = ',,,,,,,';

/** `twoRounds` false: every case in round 2025-Q1 (report and compare take one round). */
export function longFormRows(cases: number, twoRounds = true): string[] {
  const round = (i: number) => (twoRounds && i % 3 === 0 ? '2025-Q2' : '2025-Q1');
  const first: string[] = [];
  const second: string[] = [];
  for (let i = 1; i <= cases; i++) {
    const id = `DA-${i}`;
    if (i % 29 === 0) {
      first.push(`${id},domestic-abuse,${round(i)},moderator,M1,good,,,,${blank}`);
      continue;
    }
    first.push(`${id},domestic-abuse,${round(i)},self,A${i % 4},${GRADES[i % 3]},,,team-${i % 5},${blank}`);
    second.push(`${id},domestic-abuse,${round(i)},independent,I${i % 2},,no,${notes(i)},,${findings(i)}`);
    if (i % 13 === 0) second.push(`${id},domestic-abuse,${round(i)},moderator,M2,${GRADES[(i + 1) % 3]},,,,${blank}`);
  }
  return [...first, ...second];
}
