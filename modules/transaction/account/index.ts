export { exportTransactionData, hasNoTransactionData, importTransactionData, MAX_TRANSACTIONS, transactionDataSchema, transactionRecordSchema } from "./account-data";
export type { TransactionData, TransactionHead, TransactionRecord } from "./account-data";
