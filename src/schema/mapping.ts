// The mapping file (--map-file): how a records system's export names its columns and case types.
//
//   columns:                 # case file column (or criterion id): the register's own header
//     case_id: Ref
//     case_type: Category
//   carry:                   # register columns to carry along as they are, even where the
//     - Team comments        # name says free text (which is otherwise never read)
//   types:                   # the register's own type code: a case type id, alias or title
//     DA: domestic-abuse
//     S47: section-47
import { z } from 'zod';

const name = z.string().trim().min(1, 'is blank');

export const mappingFileSchema = z
  .strictObject({
    columns: z.record(z.string(), name).optional().describe('case file column or criterion id: the header it has in the register'),
    carry: z
      .array(name)
      .optional()
      .describe('register columns to carry along under their own names, even ones whose names say free text (notes, comments...)'),
    types: z.record(z.string(), name).optional().describe("the register's type code: a case type id, alias or title"),
  })
  .describe('case-audit mapping file: --map-file');
