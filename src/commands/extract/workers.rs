//! A batch's articles extracted side by side: the lines are read a few dozen at a time, the
//! threads (one per core, kept for the whole run) take the next line not taken yet (articles
//! differ much in length), and the output lines are written in input order.

use std::io;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Arc};
use std::thread;

use anyhow::Context;

use super::{contract, one_line, read_line, BatchLines, Done};

/// How many lines, or bytes of lines, are read ahead to be extracted side by side: enough to
/// keep the cores busy, few enough to keep memory small.
const AHEAD_LINES: usize = 64;
const AHEAD_BYTES: usize = 4 << 20;

/// The lines read ahead, and how many of them the threads have taken.
struct Chunk {
    lines: Vec<Vec<u8>>,
    taken: AtomicUsize,
}

impl Chunk {
    /// The next line no thread has taken yet, with its place in the chunk.
    fn take(&self) -> Option<(usize, &[u8])> {
        let k = self.taken.fetch_add(1, Ordering::Relaxed);
        self.lines.get(k).map(|line| (k, line.as_slice()))
    }
}

/// What a thread did with one line: the line's place and what became of it, or the panic
/// that stopped it (outside the extraction, which [`one_line`] catches).
type Report = (usize, thread::Result<Done>);

/// Extracts the articles of `input` on `cores` threads (this one among them), handing what
/// became of each line to `write` in input order, and `None` to `write` when the next read
/// may wait for input that has not come yet (a pipe fed line by line): the output so far is
/// then flushed, so that a streaming reader gets its lines without waiting for more input.
pub(super) fn side_by_side<F, W>(
    input: &mut impl BatchLines,
    cores: usize,
    extract_one: &F,
    write: &mut W,
) -> anyhow::Result<()>
where
    F: Fn(&str) -> contract::Contract + Sync,
    W: FnMut(Option<Done>) -> io::Result<()>,
{
    thread::scope(|scope| {
        let (report, reports) = mpsc::channel::<Report>();
        let chunks: Vec<mpsc::Sender<Arc<Chunk>>> = (1..cores)
            .map(|_| {
                let (send, receive) = mpsc::channel::<Arc<Chunk>>();
                let report = report.clone();
                scope.spawn(move || {
                    for chunk in receive {
                        while let Some((k, line)) = chunk.take() {
                            let done =
                                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                                    one_line(line, extract_one)
                                }));
                            if report.send((k, done)).is_err() {
                                return;
                            }
                        }
                    }
                });
                send
            })
            .collect();
        drop(report);
        loop {
            let (lines, end) = read_ahead(input)?;
            let chunk = Arc::new(Chunk {
                lines,
                taken: AtomicUsize::new(0),
            });
            for send in &chunks {
                // a thread that has stopped has reported why: its report is read below
                let _ = send.send(Arc::clone(&chunk));
            }
            let mut done: Vec<Option<Done>> = Vec::new();
            done.resize_with(chunk.lines.len(), || None);
            let mut left = chunk.lines.len();
            while let Some((k, line)) = chunk.take() {
                done[k] = Some(one_line(line, extract_one));
                left -= 1;
            }
            while left > 0 {
                let (k, result) = reports.recv().context("an extraction thread stopped")?;
                done[k] = Some(result.unwrap_or_else(|e| std::panic::resume_unwind(e)));
                left -= 1;
            }
            for d in done {
                write(Some(d.expect("every line of the chunk is done")))?;
            }
            if !input.has_buffered() && !chunk.lines.is_empty() {
                write(None)?;
            }
            if end {
                return Ok(());
            }
        }
    })
}

/// The next lines of `input`, up to [`AHEAD_LINES`] or [`AHEAD_BYTES`] and no further than
/// the input has delivered (past the first line, a read never waits on a pipe), and whether
/// the input ended.
fn read_ahead(input: &mut impl BatchLines) -> anyhow::Result<(Vec<Vec<u8>>, bool)> {
    let (mut lines, mut bytes) = (Vec::with_capacity(AHEAD_LINES), 0);
    while lines.len() < AHEAD_LINES
        && bytes < AHEAD_BYTES
        && (lines.is_empty() || input.has_buffered())
    {
        let mut line = Vec::new();
        if read_line(input, &mut line).context("cannot read the batch input")? == 0 {
            return Ok((lines, true));
        }
        bytes += line.len();
        lines.push(line);
    }
    Ok((lines, false))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract;
    use serde_json::Value;

    #[test]
    fn lines_extracted_side_by_side_come_out_in_input_order() {
        let texts = [
            "Prices rose, officials said.",
            "not json",
            "Rents fell.",
            "{\"id\": 1}",
        ];
        let lines: Vec<String> = (0..3 * AHEAD_LINES + 5)
            .map(|k| match texts[k % texts.len()] {
                t if t.starts_with(|c: char| c.is_uppercase()) => {
                    serde_json::json!({"id": k, "text": format!("{t} Line {k}.")}).to_string()
                }
                t => t.to_string(),
            })
            .collect();
        let input = lines.join("\n");
        let extract_one = |text: &str| contract::to_contract(text, &extract::extract(text));
        let one_by_one: Vec<Done> = lines
            .iter()
            .map(|l| one_line(l.as_bytes(), &extract_one))
            .collect();
        for cores in [2, 3, 8] {
            let mut all: Vec<Done> = Vec::new();
            side_by_side(&mut input.as_bytes(), cores, &extract_one, &mut |d| {
                all.extend(d);
                Ok(())
            })
            .unwrap();
            assert_eq!(all.len(), lines.len());
            for (a, b) in all.iter().zip(&one_by_one) {
                assert_eq!(a.0, b.0);
                assert_eq!(a.1.as_ref().ok(), b.1.as_ref().ok());
                assert_eq!(a.1.as_ref().err(), b.1.as_ref().err());
            }
            let ids: Vec<Value> = (all.iter().filter_map(|d| d.1.as_ref().ok()))
                .map(|l| serde_json::from_slice::<Value>(l).unwrap()["id"].clone())
                .collect();
            let expected: Vec<Value> = (0..lines.len())
                .filter(|k| k % 2 == 0)
                .map(Value::from)
                .collect();
            assert_eq!(ids, expected);
        }
    }

    /// A pipe fed line by line: no line waits in the buffer after the one read.
    struct Trickle<'a>(&'a [u8]);

    impl io::Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            self.0.read(buf)
        }
    }

    impl io::BufRead for Trickle<'_> {
        fn fill_buf(&mut self) -> io::Result<&[u8]> {
            // what has arrived: up to the end of the next line
            let n = memchr::memchr(b'\n', self.0).map_or(self.0.len(), |i| i + 1);
            Ok(&self.0[..n])
        }
        fn consume(&mut self, n: usize) {
            self.0 = &self.0[n..];
        }
    }

    impl BatchLines for Trickle<'_> {
        fn has_buffered(&self) -> bool {
            false
        }
    }

    #[test]
    fn a_pipe_fed_line_by_line_gets_each_line_back_before_the_next_is_read() {
        let input = "{\"id\": 1, \"text\": \"Prices rose, the bank said.\"}\n".repeat(3);
        let extract_one = |text: &str| contract::to_contract(text, &extract::extract(text));
        let mut seen = Vec::new();
        side_by_side(&mut Trickle(input.as_bytes()), 2, &extract_one, &mut |d| {
            seen.push(d.is_some());
            Ok(())
        })
        .unwrap();
        // a line, then a flush, for every line: none waited for the next
        assert_eq!(seen, [true, false, true, false, true, false]);
    }
}
