/** The import panel of the HR and attendance imports: upload, preview, problems line by line, commit. */
@org.jspecify.annotations.NullMarked
package io.cascade.base.ui.imports;
