/**
 * What the CSV imports of several modules share: reading a UTF-8 CSV file with a header row without ever throwing
 * ({@link io.cascade.base.imports.CsvFile}), and the problems and checks an import reports before anything is applied.
 */
package io.cascade.base.imports;
