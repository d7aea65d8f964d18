/**
 * The shape of `data.generated.ts`: everything the generator reads out of `seeds/jiangjin-2021-113.txt`,
 * verbatim, before editorial data (English titles, topics, department ids…) is joined to it.
 * Private to the measures module.
 */
export interface SeedCatalogue {
  /** Path of the seed, relative to the package root. */
  readonly source: string;
  readonly notice: {
    readonly issuer: string;
    /** The notice title, its two lines joined. */
    readonly title: string;
    readonly docNo: string;
    readonly addressees: string;
    readonly text: string;
    readonly signedBy: string;
    /** As written, e.g. `'2021年8月1日'`. */
    readonly dateText: string;
    /** `'YYYY-MM-DD'`. */
    readonly issuedOn: string;
    /** Without the parentheses. */
    readonly disclosure: string;
    /** E.g. `'区政府第125次常务会议'`. */
    readonly adoptedAt: string;
    readonly adoptedAtMeetingNumber: number;
  };
  /** The plan title, its two lines joined. */
  readonly title: string;
  readonly preamble: string;
  /** Documents named in 《》 in the preamble, in order, with the document number that follows in （）, if any. */
  readonly implements: readonly { readonly title: string; readonly docNo?: string }[];
  readonly closingClause: string;
  readonly chapters: readonly { readonly number: number; readonly title: string }[];
  readonly sections: readonly SeedSection[];
  readonly measures: readonly SeedMeasure[];
  readonly safeguards: readonly { readonly ordinal: number; readonly title: string; readonly text: string }[];
  /** Every unit named in a section's parenthesis, in order of first appearance. */
  readonly departmentNames: readonly string[];
}

/** A section as read from the seed. */
export interface SeedSection {
  readonly chapter: number;
  readonly ordinal: number;
  readonly title: string;
  readonly unitsText: string;
  readonly leadUnits: readonly string[];
  readonly responsibleUnits: readonly string[];
  readonly measureNumbers: readonly number[];
}

/** A measure as read from the seed. */
export interface SeedMeasure {
  readonly number: number;
  readonly chapter: number;
  readonly sectionOrdinal: number;
  /** The title sentence without its `。`; `null` when the measure has none (its title is editorial). */
  readonly title: string | null;
  readonly text: string;
}
