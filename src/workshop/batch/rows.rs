//! Rows as a spreadsheet numbers them: the CSV reader's records, counted
//! with the empty lines it skips, and a line break inside a quoted cell
//! kept within its row.

use csv::ByteRecord;

/// Reads the next record; a read error (impossible from bytes, but never
/// a panic) ends the file.
pub(super) fn read(reader: &mut csv::Reader<&[u8]>, record: &mut ByteRecord) -> bool {
    reader.read_byte_record(record).unwrap_or(false)
}

/// Turns the reader's byte positions into the row numbers a spreadsheet
/// shows: the CSV reader skips empty lines, but a spreadsheet shows each as
/// an empty row, and a quoted cell may hold line breaks within one row.
#[derive(Default)]
pub(super) struct RowCounter {
    /// Where the last record read ended.
    end: usize,
    /// The row of the last record read.
    row: usize,
}

impl RowCounter {
    /// The row of the record that ends at byte `end`.
    pub(super) fn next(&mut self, bytes: &[u8], end: u64) -> usize {
        let end = usize::try_from(end).unwrap_or(usize::MAX).min(bytes.len());
        let span = bytes.get(self.end..end).unwrap_or_default();
        // The reader ends a record after the \r of a \r\n: its \n is no
        // empty line.
        let mut i = usize::from(
            self.end > 0 && bytes.get(self.end - 1) == Some(&b'\r') && span.first() == Some(&b'\n'),
        );
        let mut empty_lines = 0;
        while let Some(b) = span.get(i) {
            match b {
                b'\r' => {
                    empty_lines += 1;
                    if span.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                }
                b'\n' => empty_lines += 1,
                _ => break,
            }
            i += 1;
        }
        self.row += 1 + empty_lines;
        self.end = self.end.max(end);
        self.row
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn row_numbers_count_empty_lines_and_not_line_breaks_in_cells() {
        for (text, want) in [
            (
                &b"a,b\r\n1,2\r\n\r\n3,4\r\n\"x\ny\",5\n\n\n6,7"[..],
                vec![1, 2, 4, 5, 8],
            ),
            (b"a\r1\r\r2\r\n\n3", vec![1, 2, 4, 6]),
            (b"\n\na\n1\n", vec![3, 4]),
        ] {
            let mut reader = csv::ReaderBuilder::new()
                .has_headers(false)
                .flexible(true)
                .from_reader(text);
            let mut counter = RowCounter::default();
            let mut record = ByteRecord::new();
            let mut got = Vec::new();
            while read(&mut reader, &mut record) {
                got.push(counter.next(text, reader.position().byte()));
            }
            assert_eq!(got, want, "{:?}", String::from_utf8_lossy(text));
        }
    }
}
