// The document pipeline: a format-neutral model, its .docx rendering and the builders of the
// roster documents (request sheet, force overview). Pure plus the isomorphic `docx` library.
export * from './model';
export * from './format';
export * from './render-docx';
export { xmlSafeText, ILLEGAL_CHARACTER_MARK } from './xml-text';
export type { DocumentSource } from './source';
export * from './request-sheet';
export * from './force-overview';
export { approvalLine, approvalSection, lateAnswersSection, openItemsLine } from './approval-note';
export { placeOfOperation } from './plan-text';
