export * from './csv-table.js';
export * from './submission-csv.js';
export * from './statistics-csv.js';
