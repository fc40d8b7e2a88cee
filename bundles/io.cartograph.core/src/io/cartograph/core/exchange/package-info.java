/**
 * Spreadsheet exchange: interfaces, systems and transformation rules read from CSV (all rows or
 * none, as one undoable command) and written to CSV or JSON with the same columns.
 */
package io.cartograph.core.exchange;
