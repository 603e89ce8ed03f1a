/**
 * What the CSV imports of several modules share: reading a UTF-8 CSV file with a header row without ever throwing
 * ({@link io.cascade.base.imports.CsvFile}), the problems and checks an import reports before anything is applied, and the cells of exported CSV files that no
 * spreadsheet runs ({@link io.cascade.base.imports.CsvCells}).
 */
@org.jspecify.annotations.NullMarked
package io.cascade.base.imports;
