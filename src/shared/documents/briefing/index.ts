export * from './model';
export * from './headings';
export * from './images';
export * from './scope';
export * from './distribution';
export { recordDisposal } from './distribution';
export { briefingModel, teamCardsModel, isRedacted, type BriefingInput } from './build';
export { aliasesOf, sensitiveTexts, REDACTED_SUMMARY } from './redaction';
export { allTexts, mapTexts } from './walk';
export {
  targetMentions,
  freeTextFields,
  targetNeedles,
  STREET_WITHHELD,
  type TargetMention,
  type MentionKind,
} from './target-mentions';
