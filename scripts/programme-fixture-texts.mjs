// The two constructed example programmes' criteria files and their plans of cases, for
// scripts/make-programme-fixtures.mjs. Everything here is invented; the criteria are written in our
// own words after the practice the seeds and the 2017 report describe.
//
// A plan's findings: the criteria NOT met, as `ID:p` (partly met), `ID:n` (not met), `ID:na` (not
// applicable) or `ID:-` (left blank: no finding); every other criterion of the case type is met.
import { parse } from 'yaml';

/** A programme's spellings, read from its programme.yaml text: grade id -> words, finding kind -> words. */
function spellings(programmeYaml) {
  const programme = parse(programmeYaml);
  const gradeSpellings = Object.fromEntries(
    programme.scale.map((g) => [g.id, [g.id, g.label, ...(g.table_label ? [g.table_label] : []), ...(g.accept ?? [])]]),
  );
  const findings = Object.fromEntries(Object.entries(programme.findings).map(([kind, f]) => [kind, f.accept]));
  return { gradeSpellings, findings };
}

/** criteria/ files (name -> text) and each type's id and criterion ids, in file order. */
function criteriaFolder(programmeYaml, typeYamls) {
  const types = typeYamls.map((text) => {
    const t = parse(text);
    return { id: t.id, criteria: t.criteria.map((c) => c.id) };
  });
  const criteriaFiles = { 'criteria/programme.yaml': programmeYaml };
  typeYamls.forEach((text, i) => (criteriaFiles[`criteria/${types[i].id}.yaml`] = text));
  return { types, criteriaFiles, ...spellings(programmeYaml) };
}

const CONSTRUCTED = 'CONSTRUCTED example (scripts/make-programme-fixtures.mjs): invented, not from any real';

// ---- children's services --------------------------------------------------------------------
const CS_PROGRAMME = `# ${CONSTRUCTED} council.
# A local authority's monthly case file audit, graded on Ofsted's four points.
name: Monthly case file audit (constructed example)
version: '2026.1'
inspectorate: Quality assurance team
table1_caption: Cases audited by both {force} and the {inspectorate}
table2_caption: Additional cases audited only by the {inspectorate}
row_labels:
  self: Service auditors
  independent: '{inspectorate}'
roles:
  moderator: Moderator
scale:
  - id: outstanding
    label: Outstanding
    accept: [o]
    meaning: The child's circumstances improved because of help that was timely, well planned and shaped by what the child said.
  - id: good
    label: Good
    accept: [g]
    meaning: The child was helped and protected; any gaps in the work did not affect the child's safety or progress.
  - id: requires_improvement
    label: Requires improvement to be good
    table_label: Requires improvement
    accept: [ri, requires improvement]
    meaning: No child was left at risk, but the work was not yet good enough to make a difference for the child.
  - id: inadequate
    label: Inadequate
    accept: [i]
    meaning: Failures in the work left the child harmed or at risk of harm, or their needs unmet.
findings:
  met: { label: Met, accept: [met, y, yes] }
  partly: { label: Partly met, accept: [partly met, partly, p] }
  unmet: { label: Not met, accept: [not met, n, no] }
  na: { label: n/a, accept: [n/a, na] }
# The first rule whose conditions all hold gives the grade.
grading:
  - grade: inadequate
    if: { serious_unmet: 1 }
  - grade: inadequate
    if: { unmet: 1, met_share_below: 0.5 }
  - grade: requires_improvement
    if: { unmet: 1 }
  - grade: requires_improvement
    if: { partly: 2 }
  - grade: good
    if: { partly: 1 }
  - grade: outstanding
areas:
  - id: voice
    title: The child's voice and lived experience
  - id: planning
    title: Assessment and planning
  - id: oversight
    title: Management oversight
`;

const CS_TYPES = [
  `# ${CONSTRUCTED} council.
id: child-in-need
title: Child in need
aliases: [cin]
report:
  table: 3
  label: Children in need
  caption: Cases audited of children in need of help (section 17)
criteria:
  - id: CIN1
    text: The child was seen and spoken to, and what they said is recorded in their words
    severity: expected
    area: voice
  - id: CIN2
    text: The assessment was finished on time and says what the child's needs are and why
    severity: expected
    area: planning
  - id: CIN3
    text: Where harm was suspected, a strategy discussion was held without delay
    severity: serious
    refer: true
    area: planning
  - id: CIN4
    text: The plan names who will do what by when, and was reviewed
    severity: expected
    area: planning
  - id: CIN5
    text: A manager's recorded supervision set the direction of the work
    severity: expected
    area: oversight
`,
  `# ${CONSTRUCTED} council.
id: child-protection
title: Child protection plan
aliases: [cp]
report:
  table: 4
  label: Children subject to a child protection plan
  caption: Cases audited of children subject to a child protection plan
criteria:
  - id: CP1
    text: The child was seen, alone where right, as often as the plan requires
    severity: serious
    refer: true
    area: voice
  - id: CP2
    text: The child's wishes and feelings were sought and shared at conference
    severity: expected
    area: voice
  - id: CP3
    text: The plan names the risks to the child and what must change to reduce them
    severity: serious
    area: planning
  - id: CP4
    text: Core groups met on time, with the partners the plan names
    severity: expected
    area: planning
  - id: CP5
    text: A manager tracked progress against the plan and acted on drift
    severity: expected
    area: oversight
`,
  `# ${CONSTRUCTED} council.
id: child-in-care
title: Child in care
aliases: [cic, looked after]
report:
  table: 5
  label: Children in care
  caption: Cases audited of children in the council's care
criteria:
  - id: CIC1
    text: The child's views shaped their care plan, and an advocate was offered
    severity: expected
    area: voice
  - id: CIC2
    text: Statutory visits were on time and the child was seen alone
    severity: serious
    refer: true
    area: voice
  - id: CIC3
    text: The care plan covers where the child will live long term, their health and their education
    severity: expected
    area: planning
  - id: CIC4
    text: The reviewing officer's oversight is on file and challenged any drift
    severity: expected
    area: oversight
`,
];

/**
 * Per round, per case: id, type, the self auditor, the self grade the findings give (worked by
 * hand: the README), then the findings not met of self, independent (the QA team) and, where the
 * case was moderated, the moderator.
 */
export const CHILDRENS_SERVICES = {
  ...criteriaFolder(CS_PROGRAMME, CS_TYPES),
  rounds: [
    {
      round: '2026-10 audit',
      file: '2026-10.csv',
      cases: [
        ['CF-01', 'child-in-need', 'AU1', 'outstanding', '', 'CIN4:p'],
        ['CF-02', 'child-protection', 'AU2', 'good', 'CP4:p', 'CP4:p'],
        ['CF-03', 'child-in-care', 'AU1', 'good', 'CIC4:p', 'CIC2:n', 'CIC2:n'],
        ['CF-04', 'child-in-need', 'AU2', 'requires_improvement', 'CIN5:n', 'CIN5:n CIN2:p', 'CIN5:n'],
        ['CF-05', 'child-protection', 'AU1', 'requires_improvement', 'CP2:p CP5:p', 'CP2:p CP5:n'],
        ['CF-06', 'child-in-care', 'AU2', 'outstanding', '', 'CIC1:p'],
        ['CF-07', 'child-in-need', 'AU1', 'requires_improvement', 'CIN4:n CIN5:p', 'CIN4:n CIN5:n CIN1:p'],
        ['CF-08', 'child-protection', 'AU2', 'inadequate', 'CP1:n', 'CP4:n'],
        ['CF-09', 'child-in-care', 'AU1', 'good', 'CIC3:p', 'CIC3:p CIC4:p', 'CIC3:p'],
        ['CF-10', 'child-in-need', 'AU2', 'inadequate', 'CIN3:n', 'CIN3:n CIN4:p'],
        ['CF-11', 'child-protection', 'AU1', 'good', 'CP5:p', 'CP5:p'],
        ['CF-12', 'child-in-care', 'AU2', 'requires_improvement', 'CIC4:n CIC3:na', 'CIC4:n CIC3:na CIC1:p', 'CIC4:n CIC3:na'],
      ],
    },
    {
      round: '2026-11 audit',
      file: '2026-11.csv',
      cases: [
        // CF-03, CF-07 and CF-10 were inadequate in October and are audited again.
        ['CF-03', 'child-in-care', 'AU1', 'outstanding', '', 'CIC4:p'],
        ['CF-07', 'child-in-need', 'AU1', 'good', 'CIN5:p', 'CIN5:p'],
        ['CF-10', 'child-in-need', 'AU2', 'requires_improvement', 'CIN4:n', 'CIN4:n'],
        ['CF-13', 'child-protection', 'AU2', 'outstanding', '', ''],
        // The QA team's CF-14 meets 2 of 4: exactly half, not below it, so requires improvement.
        ['CF-14', 'child-in-care', 'AU1', 'good', 'CIC1:p', 'CIC1:p CIC4:n'],
        ['CF-15', 'child-in-need', 'AU2', 'good', 'CIN2:p', 'CIN2:p CIN4:p', 'CIN2:p CIN4:p'],
        ['CF-16', 'child-protection', 'AU1', 'good', 'CP2:p', 'CP2:p'],
        ['CF-17', 'child-in-care', 'AU2', 'outstanding', '', ''],
        ['CF-18', 'child-in-need', 'AU1', 'requires_improvement', 'CIN1:n', 'CIN1:n CIN3:n', 'CIN1:n CIN3:n'],
        ['CF-19', 'child-protection', 'AU2', 'requires_improvement', 'CP5:n', 'CP5:n'],
        ['CF-20', 'child-in-care', 'AU1', 'good', 'CIC3:p', 'CIC3:p', ''],
        // The QA team left CIN5 blank: the case is ungraded this round.
        ['CF-21', 'child-in-need', 'AU2', 'good', 'CIN1:p', 'CIN1:p CIN5:-', 'CIN1:p'],
        ['CF-22', 'child-protection', 'AU1', 'requires_improvement', 'CP4:p CP5:p', 'CP4:p'],
      ],
    },
  ],
};

// ---- the 2025 inspection --------------------------------------------------------------------
const IN_PROGRAMME = `# ${CONSTRUCTED} force.
# The five areas of the 2025 child protection inspection, graded on the five-point scale.
name: Child protection inspection, 2025 areas (constructed example)
version: '2025.1'
inspectorate: HMICFRS
scale:
  - id: outstanding
    label: Outstanding
    accept: [o]
    meaning: The child was protected by work that went beyond what was required, and it is recorded why.
  - id: good
    label: Good
    accept: [g]
    meaning: Every step needed to protect the child was taken, and the risks were understood and acted on.
  - id: adequate
    label: Adequate
    accept: [a]
    meaning: One expected step was missed, with no effect on the child's safety.
  - id: requires_improvement
    label: Requires improvement
    accept: [ri]
    meaning: Several expected steps were missed; no serious failure left the child at risk.
  - id: inadequate
    label: Inadequate
    accept: [i]
    meaning: A serious failure, or failures across the case, left the child harmed or at risk.
findings:
  met: { label: Met, accept: [y, yes, met] }
  unmet: { label: Not met, accept: [n, no, not met] }
  na: { label: n/a, accept: [na, n/a] }
# Criteria give at best good: outstanding is the inspector's recorded judgement, with its reason.
grading:
  - grade: inadequate
    if: { serious_unmet: 1 }
  - grade: inadequate
    if: { unmet: widespread }
  - grade: requires_improvement
    if: { unmet: 2 }
  - grade: adequate
    if: { unmet: 1 }
  - grade: good
areas:
  - id: responding
    title: Responding to children at risk
  - id: assessing
    title: Assessing risk and making referrals
  - id: investigating
    title: Investigating abuse, neglect and exploitation
  - id: partners
    title: Working with safeguarding partners
  - id: leadership
    title: Leadership of child protection arrangements
`;

const IN_TYPES = [
  `# ${CONSTRUCTED} force.
id: domestic-abuse
title: Domestic abuse
aliases: [da]
report:
  table: 3
  label: Domestic abuse incidents
  caption: Cases assessed of domestic abuse incidents where children were present
criteria:
  - id: DA1
    text: Every child present was identified, seen and spoken to
    severity: serious
    refer: true
    area: responding
  - id: DA2
    text: The risk to each child was assessed and a referral made to children's social care
    severity: serious
    area: assessing
  - id: DA3
    text: Assaults disclosed against the children were recorded as crimes and investigated
    severity: serious
    refer: true
    area: investigating
  - id: DA4
    text: A high-risk case was heard at MARAC, with a joint plan
    severity: expected
    area: partners
  - id: DA5
    text: A supervisor reviewed the case and directed the investigation
    severity: expected
    area: leadership
`,
  `# ${CONSTRUCTED} force.
id: missing-children
title: Missing children
aliases: [mc]
report:
  table: 4
  label: Missing children
  caption: Cases assessed of children reported missing
criteria:
  - id: MC1
    text: The child was recorded as missing promptly, and the search matched the risk
    severity: serious
    refer: true
    area: responding
  - id: MC2
    text: The risk grade took account of exploitation and the child's history
    severity: serious
    area: assessing
  - id: MC3
    text: Offences against the child while missing were recorded and investigated
    severity: expected
    area: investigating
  - id: MC4
    text: What the child said at the return interview was shared with partners and used
    severity: expected
    area: partners
  - id: MC5
    text: Repeated episodes led to a strategy meeting with senior oversight
    severity: expected
    area: leadership
grading:
  widespread: 3
`,
  `# ${CONSTRUCTED} force.
id: child-exploitation
title: Child exploitation
aliases: [ce, cse]
report:
  table: 5
  label: Children at risk of exploitation
  caption: Cases assessed of children at risk of sexual or criminal exploitation
criteria:
  - id: CE1
    text: The child was made safe as soon as exploitation was suspected
    severity: serious
    refer: true
    area: responding
  - id: CE2
    text: Signs of exploitation were recognised and a referral made
    severity: expected
    area: assessing
  - id: CE3
    text: Named suspects were arrested promptly and evidence secured
    severity: serious
    area: investigating
  - id: CE4
    text: A joint plan with partners names who protects the child and how
    severity: expected
    area: partners
  - id: CE5
    text: A supervisor oversaw the case and kept it from drifting
    severity: expected
    area: leadership
`,
];

const OUTSTANDING = {
  grade: 'outstanding',
  reason: 'Constructed example: the officer went beyond every step the criteria ask for',
};

/** Per case: id, type, the force's self grade (or none), the independent findings not met, a recorded independent grade, referred back. */
export const INSPECTION_2025 = {
  ...criteriaFolder(IN_PROGRAMME, IN_TYPES),
  cases: [
    ['IN-01', 'domestic-abuse', 'good', ''],
    ['IN-02', 'domestic-abuse', 'good', 'DA4:n'],
    ['IN-03', 'domestic-abuse', 'adequate', 'DA1:n', undefined, true],
    ['IN-04', 'domestic-abuse', 'adequate', 'DA4:n DA5:n'],
    ['IN-05', 'domestic-abuse', 'outstanding', 'DA4:na'],
    ['IN-06', 'domestic-abuse', 'requires_improvement', 'DA3:n DA5:n'],
    ['IN-07', 'domestic-abuse', 'outstanding', '', OUTSTANDING],
    ['IN-08', 'missing-children', 'adequate', 'MC5:n'],
    ['IN-09', 'missing-children', 'requires_improvement', 'MC3:n MC4:n MC5:n'],
    ['IN-10', 'missing-children', 'good', 'MC2:n'],
    ['IN-11', 'missing-children', 'good', 'MC4:n'],
    ['IN-12', 'missing-children', 'requires_improvement', 'MC3:n MC5:n'],
    ['IN-13', 'missing-children', 'adequate', ''],
    ['IN-14', 'missing-children', 'inadequate', 'MC1:n MC4:n', undefined, true],
    ['IN-15', 'child-exploitation', 'adequate', 'CE2:n'],
    ['IN-16', 'child-exploitation', 'requires_improvement', 'CE3:n'],
    ['IN-17', 'child-exploitation', 'good', 'CE4:n CE5:n'],
    ['IN-18', 'child-exploitation', 'good', ''],
    ['IN-19', 'child-exploitation', 'adequate', 'CE1:n CE4:n'],
    // Graded by the inspectors only.
    ['IN-20', 'child-exploitation', undefined, 'CE5:na CE2:n'],
    // CE4 left blank: ungraded.
    ['IN-21', 'child-exploitation', 'good', 'CE4:-'],
  ],
};
