// KeyTable at scale: 200,000 keys, through every growth to 512K slots (key-table.test.ts has the same
// check at 10,000 keys, and a pair of keys whose hashes collide).
import { describe, it } from 'vitest';
import { expectKeysNumbered } from '../helpers/id-tables.js';

describe('KeyTable', () => {
  it('numbers 200,000 keys in order and finds each again; keys never added are absent', () => expectKeysNumbered(200_000));
});
