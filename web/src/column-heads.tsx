/**
 * @module The header row of a table that the stylesheet may turn into a list of cards on a phone (`stacks`,
 * styles.css). Changing a table's `display` drops its table semantics in some browsers, so every part
 * carries its ARIA role explicitly, and each column heading is a `th` with `scope="col"`.
 */
import type { ReactNode } from 'react';

/** The `thead` of a stacked table: one column heading per label, in order. */
export function ColumnHeads({ labels }: { readonly labels: readonly ReactNode[] }): ReactNode {
  return (
    <thead role="rowgroup">
      <tr role="row">
        {labels.map((label, i) => (
          // headings are fixed for the table's life, so their place is their key
          <th key={i} scope="col" role="columnheader">
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
