// Category detection: the engine (buildDetector), the default tables, the keyword
// identity rule and what a correction teaches. Pure: safe in the browser and on the
// server. Import "./build-detector" alone to get the engine without the tables.
export { buildDetector, GLUE_MIN_KEYWORD_LENGTH } from "./build-detector";
export type { CategoryKeywords, Detection, Detector, TransactionType } from "./build-detector";
export { canonicalKeyword } from "./canonical-keyword";
export { defaultCategories, defaultDetector } from "./default-categories";
export type { DefaultCategory } from "./default-categories";
export { keywordToLearn } from "./keyword-to-learn";
