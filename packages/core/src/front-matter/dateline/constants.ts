import { alternationOf, PAGE_MONTHS, PAGE_WORDS } from '../../languages';

const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

// Every pack's month names and abbreviations, as the Romance and Dutch wires print them (lower case: "MADRID, 12
// mar (EFE)", "BRUXELLES, 12 mars (Belga)") and capitalised (German "BERLIN, 12. März (dpa)").
const PACK_MONTHS = Object.keys(PAGE_MONTHS).flatMap((m) => [m, capitalise(m)]);

/** A month as datelines print it ("Sept.", "March", "mar", "März"), in any pack's forms. */
export const MONTH = `(?:${alternationOf([...new Set([...PAGE_WORDS.datelineMonths, ...PACK_MONTHS])])})\\.?`;

/** All-caps lead words that open a first paragraph without being a place. */
export const NOT_PLACES: ReadonlySet<string> = new Set(PAGE_WORDS.datelineKickers);

/** Month numbers by printed name or abbreviation, lower case. */
export const MONTH_NUMBER: Readonly<Record<string, number>> = PAGE_MONTHS;
