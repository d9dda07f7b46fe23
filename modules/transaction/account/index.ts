export { exportTransactionData, hasNoTransactionData, importTransactionData, transactionDataSchema } from "./account-data";
export type { TransactionData } from "./account-data";
