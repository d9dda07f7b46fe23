// What the person chose in the mapping form, and how it turns into the
// commit's overrides. Pure.
import type { ColumnMapping, CommitOverrides, DateFormat, DecimalSeparator, ImportPreview, MappedField } from "./import-types";

export type AmountMode = "single" | "split";

export type MappingChoice = {
  amountMode: AmountMode;
  /** A select's value per field: "" for none, else a header name or (without a header) an index as text. */
  columns: Record<MappedField, string>;
  dateFormat: DateFormat | "";
  decimalSeparator: DecimalSeparator;
};

const FIELDS: MappedField[] = ["date", "amount", "debit", "credit", "type", "category", "note", "comment"];

export function choiceFromDetected(preview: ImportPreview): MappingChoice {
  const { columns, dateFormat, decimalSeparator } = preview.detected;
  const split = columns.amount === undefined && (columns.debit !== undefined || columns.credit !== undefined);
  return {
    amountMode: split ? "split" : "single",
    columns: Object.fromEntries(FIELDS.map((field) => [field, columns[field] === undefined ? "" : String(columns[field])])) as MappingChoice["columns"],
    dateFormat: dateFormat ?? "",
    decimalSeparator,
  };
}

/** The mapping the choice describes; the fields the amount mode leaves out are dropped. */
export function columnsOf(choice: MappingChoice, header: boolean): ColumnMapping {
  const unused: MappedField[] = choice.amountMode === "single" ? ["debit", "credit"] : ["amount", "type"];
  const mapping: ColumnMapping = {};
  for (const field of FIELDS) {
    const value = choice.columns[field];
    if (value === "" || unused.includes(field)) continue;
    mapping[field] = header ? value : Number(value);
  }
  return mapping;
}

const sameMapping = (a: ColumnMapping, b: ColumnMapping) => FIELDS.every((field) => a[field] === b[field]);

/** Only what differs from the detection: a commit with nothing changed sends `{}`. */
export function overridesOf(choice: MappingChoice, preview: ImportPreview, skipDuplicates: boolean): CommitOverrides {
  const { detected } = preview;
  const columns = columnsOf(choice, detected.header);
  return {
    ...(sameMapping(columns, detected.columns) ? {} : { columns }),
    ...(choice.dateFormat && choice.dateFormat !== detected.dateFormat ? { dateFormat: choice.dateFormat } : {}),
    ...(choice.decimalSeparator !== detected.decimalSeparator ? { decimalSeparator: choice.decimalSeparator } : {}),
    ...(skipDuplicates ? {} : { skipDuplicates: false }),
  };
}

/** The problems the server would answer with, found before asking it, by the commit's paths. */
export function choiceProblems(choice: MappingChoice): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!choice.columns.date) problems["columns.date"] = "Choose the column that holds the dates.";
  if (choice.amountMode === "single" && !choice.columns.amount) problems["columns.amount"] = "Choose the column that holds the amounts.";
  if (choice.amountMode === "split") {
    if (!choice.columns.debit) problems["columns.debit"] = "Choose the column of money going out.";
    if (!choice.columns.credit) problems["columns.credit"] = "Choose the column of money coming in.";
  }
  if (!choice.dateFormat) problems.dateFormat = "The dates can be read more than one way: choose how they are written.";
  return problems;
}
