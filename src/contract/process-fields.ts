import { z } from 'zod';

/** A trimmed string of `min` to `max` characters: the free-text fields of the mutation process. */
export const boundedText = (min: number, max: number) => z.string().trim().min(min).max(max);
