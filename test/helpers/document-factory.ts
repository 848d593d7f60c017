// The factories live in test/factories/ (one per entity); this file keeps the old import path working.
export { createDocument, defaultDocumentId } from '../factories/document.factory';
