import { PAGE_WORDS } from '../../languages';
import type { Agency } from '../../languages/types';

/** Wire agencies of every pack, by canonical name, with the forms they are written in. */
export const AGENCIES: readonly Agency[] = PAGE_WORDS.agencies;

// Short forms that are also ordinary words or initials elsewhere; trusted only in wire positions.
export const AMBIGUOUS_FORMS: ReadonlySet<string> = new Set(AGENCIES.flatMap((a) => a.ambiguousForms ?? []));
