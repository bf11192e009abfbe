// A directory of people for pickers and names on records, readable by every signed-in user.
import { z } from 'zod';
import { pageOf } from './common.schema.ts';
import { PersonRef } from './user.schema.ts';

export const PeopleQuery = z
  .object({
    q: z.string().trim().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(200),
    cursor: z.string().max(500).optional(),
  })
  .strict();
export const PeoplePage = pageOf(PersonRef);
