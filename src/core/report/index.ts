/** The document model and the builders of an official Vietnamese administrative document (docs/report.md). */
export * from './document';
export * from './figure';
export * from './layout';
export * from './metrics';
export * from './numbering';
export * from './official';
export * from './sections';
export * from './grid';
