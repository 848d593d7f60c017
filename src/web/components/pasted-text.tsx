import { Typography } from 'antd';
import { pastedBlocks } from '../lib/pasted-blocks';

/** A cell that holds a figure ("985,4", "-2,0", "1.250", "78,8%"), set right as figures are in a table. */
const FIGURE = /^[+-]?\d[\d.,]*\s*%?$/;

/**
 * A text as pasted (a unit's report), its paragraphs as written and its tables drawn as tables: copied from a word
 * processor their cells are only separated by tabs, which the page would otherwise run together.
 */
export function PastedText({ text }: { text: string }) {
  return (
    <>
      {pastedBlocks(text).map((block, i) =>
        block.kind === 'text' ? (
          <Typography.Paragraph key={i} className="pre-line">
            {block.text}
          </Typography.Paragraph>
        ) : (
          <div key={i} className="pasted-table">
            <table>
              <thead>
                <tr>
                  {block.rows[0].map((cell, k) => (
                    <th key={k}>{cell}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {block.rows.slice(1).map((row, r) => (
                  <tr key={r}>
                    {row.map((cell, k) => (
                      <td key={k} className={FIGURE.test(cell) ? 'pasted-figure' : undefined}>
                        {cell}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ),
      )}
    </>
  );
}
