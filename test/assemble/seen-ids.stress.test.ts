// SeenIds at scale (seen-ids.test.ts has the same checks at 20,000 ids and three pages).
import { describe, it } from 'vitest';
import { expectSeenAcrossPages, expectSeenLikeMap } from '../helpers/id-tables.js';

describe('SeenIds', () => {
  it('agrees with a Map over 200,000 ids in three files, through every resize', () => expectSeenLikeMap(200_000));

  // 150,000 ids of ~200 characters fill ~29 one-megabyte pages, so records start near every page's end.
  it('names the file and sheet each id was first seen in, over many page fills', () => expectSeenAcrossPages(150_000));
});
