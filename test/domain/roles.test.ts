// Roles as files write them and as tables label them: built-in self and independent, then the
// roles programme.yaml declares, in its order.
import { LANGUAGE_2017 } from '../helpers/criteria.js';
import { describe, expect, it } from 'vitest';
import { knownRoles, parseRole, roleLabel } from '../../src/domain/roles.js';
import type { Programme } from '../../src/domain/types.js';

function programme(roles?: Programme['roles']): Programme {
  const p: Programme = {
    name: 'Joint inspection',
    inspectorate: 'HMIC',
    table1Caption: 'Table 1',
    table2Caption: 'Table 2',
    selfLabel: '{force}',
    independentLabel: '{inspectorate}',
    ...LANGUAGE_2017,
  };
  if (roles) p.roles = roles;
  return p;
}

const DECLARED = [
  { role: 'moderator', label: 'Moderator' },
  { role: 'peer', label: 'Peer reviewer' },
];
const NAMES = { force: 'Gloucestershire Constabulary', inspectorate: 'HMIC' };

describe('parseRole', () => {
  it.each([
    ['moderator', 'moderator'],
    ['Peer', 'peer'],
    [' MODERATOR ', 'moderator'],
    ['  self', 'self'],
    ['visitor', undefined],
  ])('%j is %j', (raw, role) => {
    expect(parseRole(raw, programme(DECLARED))).toBe(role);
  });
});

describe('knownRoles', () => {
  it('lists the built-in roles first, then the declared ones in file order', () => {
    expect(knownRoles(programme(DECLARED))).toEqual(['self', 'independent', 'moderator', 'peer']);
    expect(knownRoles(programme())).toEqual(['self', 'independent']);
  });
});

describe('roleLabel', () => {
  it.each([
    ['self', 'Gloucestershire Constabulary'],
    ['independent', 'HMIC'],
    ['moderator', 'Moderator'],
    ['peer', 'Peer reviewer'],
    ['visitor', 'visitor'],
  ])('%s is labelled %j', (role, label) => {
    expect(roleLabel(role, programme(DECLARED), NAMES)).toBe(label);
  });

  it('a role of a programme that declares none is labelled by its id', () => {
    expect(roleLabel('moderator', programme(), NAMES)).toBe('moderator');
  });
});
