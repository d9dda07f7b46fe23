"use client";

import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { cn } from "@/lib/cn";
import { formatDay } from "@/lib/format";
import { DATE_FORMATS, type DateFormat, type MappedField } from "./import-types";
import type { AmountMode, MappingChoice } from "./mapping-choice";
import { readDate, type CsvFile } from "./read-csv-file";

export interface ColumnMappingProps {
  file: CsvFile;
  choice: MappingChoice;
  onChange: (choice: MappingChoice) => void;
  /** The formats the file's dates fit (several when ambiguous). */
  candidates: readonly DateFormat[];
  /** The first few date cells of the file, to show how the chosen format reads them. */
  sampleDates: readonly string[];
  /** Problems by the commit's paths: "columns.date", "dateFormat", … */
  errors: Record<string, string>;
  disabled: boolean;
}

const FIELD_LABELS: Record<MappedField, { label: string; hint?: string }> = {
  date: { label: "Date" },
  amount: { label: "Amount", hint: "Negative amounts are expenses, unless a type column says otherwise." },
  debit: { label: "Money out (debit, paid out)" },
  credit: { label: "Money in (credit, paid in)" },
  type: { label: "Type", hint: "Income or expense, when a column says so." },
  category: { label: "Category", hint: "Used when it names one of your categories; otherwise picked from the note." },
  note: { label: "Note", hint: "The description or payee." },
  comment: { label: "Comment" },
};

const AMOUNT_MODES: { value: AmountMode; label: string }[] = [
  { value: "single", label: "One column" },
  { value: "split", label: "In and out columns" },
];

const DATE_EXAMPLES: Record<DateFormat, string> = {
  "YYYY-MM-DD": "2026-12-31",
  "DD/MM/YYYY": "31/12/2026, day first",
  "MM/DD/YYYY": "12/31/2026, month first",
  "DD.MM.YYYY": "31.12.2026",
  "DD-MM-YYYY": "31-12-2026",
  "D MMM YYYY": "31 Dec 2026",
};

export function ColumnMapping({ file, choice, onChange, candidates, sampleDates, errors, disabled }: ColumnMappingProps) {
  const sample = file.rows[0]?.cells ?? [];
  const options = Array.from({ length: file.width }, (_, index) => {
    const name = file.header ? file.header[index] || `Column ${index + 1}` : `Column ${index + 1}`;
    const example = (sample[index] ?? "").trim();
    return {
      value: file.header ? (file.header[index] ?? "") : String(index),
      label: file.header ? name : example ? `${name}: ${truncate(example)}` : name,
    };
  }).filter((option) => option.value !== "");

  const setColumn = (field: MappedField, value: string) => onChange({ ...choice, columns: { ...choice.columns, [field]: value } });
  const fields: MappedField[] =
    choice.amountMode === "single" ? ["date", "amount", "type", "note", "category", "comment"] : ["date", "debit", "credit", "note", "category", "comment"];
  const required = new Set<MappedField>(["date", "amount", "debit", "credit"]);
  const ambiguous = candidates.length > 1;
  const others = DATE_FORMATS.filter((format) => !candidates.includes(format));

  return (
    <div className="grid gap-6">
      <fieldset className="grid gap-2" disabled={disabled}>
        <legend className="mb-2 text-sm leading-none font-medium">Amounts are in</legend>
        <div className="grid min-h-10 max-w-sm grid-cols-2 rounded-md border border-input bg-muted p-0.5">
          {AMOUNT_MODES.map(({ value, label }) => (
            <label
              key={value}
              className={cn(
                "flex cursor-pointer items-center justify-center rounded-[calc(var(--radius-md)-2px)] px-2 py-1.5 text-center text-sm font-medium text-muted-foreground",
                "has-checked:bg-card has-checked:text-foreground has-checked:shadow-sm",
                "has-focus-visible:outline-2 has-focus-visible:outline-offset-1 has-focus-visible:outline-ring",
              )}
            >
              <input
                type="radio"
                name="amount-mode"
                value={value}
                checked={choice.amountMode === value}
                onChange={() => onChange({ ...choice, amountMode: value })}
                className="sr-only"
              />
              {label}
            </label>
          ))}
        </div>
      </fieldset>

      <div className="grid items-start gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {fields.map((field) => (
          <Field
            key={field}
            label={FIELD_LABELS[field].label}
            hint={FIELD_LABELS[field].hint}
            error={errors[`columns.${field}`]}
            required={required.has(field)}
          >
            {(control) => (
              <Select {...control} value={choice.columns[field]} disabled={disabled} onChange={(event) => setColumn(field, event.currentTarget.value)}>
                <option value="">{required.has(field) ? "Choose a column" : "Not in the file"}</option>
                {options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        ))}
      </div>

      <div className="grid items-start gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Field
          label="Dates are written"
          required
          error={errors.dateFormat}
          hint={
            choice.dateFormat && sampleDates.length > 0 ? (
              <>Reads {sampleDates.map((cell) => `“${cell}” as ${describeDate(cell, choice.dateFormat as DateFormat)}`).join(", ")}.</>
            ) : ambiguous ? (
              "These dates fit more than one format: say which one your bank uses."
            ) : undefined
          }
          className={cn(ambiguous && !choice.dateFormat ? "rounded-lg bg-warning/10 p-3 ring-1 ring-warning/30" : null)}
        >
          {(control) => (
            <Select
              {...control}
              value={choice.dateFormat}
              disabled={disabled}
              onChange={(event) => onChange({ ...choice, dateFormat: event.currentTarget.value as DateFormat | "" })}
            >
              <option value="">Choose a date format</option>
              {candidates.length > 0 ? (
                <optgroup label="Fit this file's dates">
                  {candidates.map((format) => (
                    <option key={format} value={format}>
                      {format} ({DATE_EXAMPLES[format]})
                    </option>
                  ))}
                </optgroup>
              ) : null}
              <optgroup label={candidates.length > 0 ? "Others" : "Formats"}>
                {others.map((format) => (
                  <option key={format} value={format}>
                    {format} ({DATE_EXAMPLES[format]})
                  </option>
                ))}
              </optgroup>
            </Select>
          )}
        </Field>

        <Field label="Decimal separator" error={errors.decimalSeparator}>
          {(control) => (
            <Select
              {...control}
              value={choice.decimalSeparator}
              disabled={disabled}
              onChange={(event) => onChange({ ...choice, decimalSeparator: event.currentTarget.value as "." | "," })}
            >
              <option value=".">Point: 1,234.56</option>
              <option value=",">Comma: 1.234,56</option>
            </Select>
          )}
        </Field>
      </div>
    </div>
  );
}

const truncate = (text: string) => (text.length > 24 ? `${text.slice(0, 24)}…` : text);

function describeDate(cell: string, format: DateFormat): string {
  const date = readDate(cell, format);
  return date ? `${formatDay(date)}, ${date.slice(0, 4)}` : "no date";
}
