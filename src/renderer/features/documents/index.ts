// Saving generated documents (request sheets, force overview, later the briefing) as .docx.
export * from './file-names';
export * from './save-document';
export * from './briefing-client';
