// A valid value for each kind of field, so a generated request gets past the
// first check and its one hostile part reaches the code behind it.
import fc from "fast-check";
import { jsonValue, textValue, type FieldValue } from "./encode";
import type { FieldKind } from "./endpoints";

const texts = (...values: string[]) => fc.constantFrom(...values).map(textValue);
const fragments = (...values: string[]) => fc.constantFrom(...values).map(jsonValue);

/** Never the suite users' password: a valid one would change or delete the account under the suite. */
export function validValue(kind: FieldKind, known: { email: string; cursor: string }): fc.Arbitrary<FieldValue> {
  switch (kind) {
    case "email":
      return fc.oneof(
        fc.string({ unit: fc.constantFrom(..."abcdef0123456789"), minLength: 8, maxLength: 8 }).map((id) => textValue(`hz-${id}@example.test`)),
        fc.constant(textValue(known.email)),
      );
    case "newPassword":
      return texts("violet kettle drums 4711", "a much longer passphrase for hz", "short");
    case "password":
      return texts("not the password 123", "x");
    case "personName":
      return texts("Ada Lovelace", "Zoë", "");
    case "timezone":
      return texts("Europe/Paris", "UTC", "America/New_York");
    case "currency":
      return texts("EUR", "usd", "JPY");
    case "mailToken":
      return fc.string({ unit: fc.constantFrom(..."abcdefABCDEF0123456789-_"), minLength: 43, maxLength: 43 }).map(textValue);
    case "amount":
      return fragments("\"12.50\"", "12.5", "\"0.01\"", "\"999999999.99\"", "7");
    case "transactionType":
      return texts("expense", "income");
    case "date":
      return texts("2026-01-15", "2025-12-31", "2026-02-28");
    case "futureDate":
      return texts("2031-05-01", "2032-02-29");
    case "note":
      return texts("coffee at the corner shop", "salary", "");
    case "comment":
      return texts("paid by card", "");
    case "category":
      return texts("Groceries", "groceries", "Salary", "Other");
    case "month":
      return texts("2026-11", "2026-01");
    case "boolean":
      return fragments("true", "false");
    case "keywords":
      return fragments("[\"hzkeyword\"]", "[]");
    case "frequency":
      return texts("monthly", "weekly", "daily", "yearly");
    case "interval":
      return fragments("1", "12", "365");
    case "scope":
      return texts("read", "write");
    case "tokenName":
      return texts("hz script");
    case "expiryDate":
      return fragments("\"2031-01-01\"", "null");
    case "limit":
      return texts("10", "1", "200");
    case "cursor":
      return fc.constant(textValue(known.cursor));
    case "filterType":
      return texts("all", "income", "expense");
    case "search":
      return texts("coffee", "COFFEE");
    case "days":
      return texts("30", "1", "366");
    case "format":
      return texts("csv");
    case "columns":
      return fragments("{\"date\":\"date\",\"amount\":\"amount\"}");
    case "dateFormat":
      return texts("YYYY-MM-DD", "DD/MM/YYYY");
    case "decimalSeparator":
      return texts(".", ",");
  }
}
