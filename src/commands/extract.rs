//! `claimtrace extract`: one article to the extraction contract (json, jsonl, table), or a
//! JSONL batch streamed line by line (one output line per input line; bad lines become
//! `{"id", "error"}` lines and the run goes on).

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Write};
use std::path::Path;

use anyhow::Context;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::cli::{ExtractArgs, ExtractFormat};
use crate::extract::{self, contract};
use crate::render::contract_line::write_contract_line;

mod fields;
mod workers;

pub fn run(args: &ExtractArgs) -> anyhow::Result<()> {
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    if args.batch {
        let input: Box<dyn BatchLines> = if args.input.as_os_str() == "-" {
            Box::new(BufReader::with_capacity(1 << 20, io::stdin().lock()))
        } else {
            let file = File::open(&args.input)
                .with_context(|| format!("cannot read {}", args.input.display()))?;
            Box::new(BufReader::with_capacity(1 << 20, file))
        };
        let jobs = args.jobs.map_or_else(all_cores, usize::from);
        run_batch_on(input, &mut out, jobs)?;
    } else {
        let text = read_article(&args.input)?;
        write_one(&text, args.format, &mut out)?;
    }
    out.flush()?;
    Ok(())
}

/// Reads one article: UTF-8 (else the byte offset of the first bad byte), not empty.
fn read_article(path: &Path) -> anyhow::Result<String> {
    Ok(super::input::read_article(path)?.1)
}

/// Prints one article's extraction in `format`.
pub fn write_one(text: &str, format: ExtractFormat, out: &mut impl Write) -> anyhow::Result<()> {
    let contract = contract::to_contract(text, &extract::extract(text));
    match format {
        ExtractFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, &contract)?;
            out.write_all(b"\n")?;
        }
        ExtractFormat::Jsonl => {
            for claim in &contract.claims {
                serde_json::to_writer(&mut *out, claim)?;
                out.write_all(b"\n")?;
            }
        }
        ExtractFormat::Table => out.write_all(contract::to_table(&contract).as_bytes())?,
    }
    Ok(())
}

/// One input line of a batch: only `id` and `text` are read; other fields are skipped.
#[derive(Deserialize)]
struct BatchInput {
    #[serde(default)]
    id: Option<Value>,
    #[serde(default)]
    text: Option<Value>,
}

#[derive(Serialize)]
struct BatchError<'a> {
    id: &'a Value,
    error: &'a str,
}

/// What a batch run saw.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BatchStats {
    pub lines: usize,
    pub errors: usize,
    /// Bytes of article text extracted.
    pub text_bytes: usize,
}

/// A batch's input: lines to read, and whether some of them have already arrived, so that a
/// read past them would not wait on a pipe fed line by line.
pub trait BatchLines: BufRead {
    /// Whether bytes are waiting in the buffer: reading them does not block.
    fn has_buffered(&self) -> bool;
}

impl<R: io::Read> BatchLines for BufReader<R> {
    fn has_buffered(&self) -> bool {
        !self.buffer().is_empty()
    }
}

impl BatchLines for &[u8] {
    fn has_buffered(&self) -> bool {
        !self.is_empty()
    }
}

impl<T: AsRef<[u8]>> BatchLines for io::Cursor<T> {
    fn has_buffered(&self) -> bool {
        (self.position() as usize) < self.get_ref().as_ref().len()
    }
}

impl<B: BatchLines + ?Sized> BatchLines for Box<B> {
    fn has_buffered(&self) -> bool {
        (**self).has_buffered()
    }
}

/// Streams a JSONL batch: reads a line, writes a line; memory does not grow with the number
/// of articles. The articles of a few lines read ahead are extracted side by side, one per
/// core, and their lines written in input order.
pub fn run_batch(input: impl BatchLines, out: &mut impl Write) -> anyhow::Result<BatchStats> {
    run_batch_on(input, out, all_cores())
}

/// [`run_batch`] on `jobs` threads: 1 extracts one article after another on this thread.
pub fn run_batch_on(
    input: impl BatchLines,
    out: &mut impl Write,
    jobs: usize,
) -> anyhow::Result<BatchStats> {
    run_batch_with(input, out, jobs, |text| {
        contract::to_contract(text, &extract::extract(text))
    })
}

/// How many threads the machine runs at once (1 when it cannot tell).
fn all_cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// What became of one line: the bytes of its article's text if it had one, and its output
/// line (without the newline) or the id and error for its error line.
type Done = (Option<usize>, Result<Vec<u8>, (Value, String)>);

/// [`run_batch`] with the extraction given, so that a test can make it fail.
fn run_batch_with(
    mut input: impl BatchLines,
    out: &mut impl Write,
    cores: usize,
    extract_one: impl Fn(&str) -> contract::Contract + Sync,
) -> anyhow::Result<BatchStats> {
    let mut stats = BatchStats::default();
    let mut write = |done: Option<Done>| -> io::Result<()> {
        let Some((text_bytes, done)) = done else {
            return out.flush();
        };
        stats.lines += 1;
        stats.text_bytes += text_bytes.unwrap_or(0);
        match done {
            Ok(line) => out.write_all(&line)?,
            Err((id, error)) => {
                stats.errors += 1;
                let error = format!("line {}: {error}", stats.lines);
                serde_json::to_writer(
                    &mut *out,
                    &BatchError {
                        id: &id,
                        error: &error,
                    },
                )?;
            }
        }
        out.write_all(b"\n")
    };
    if cores > 1 {
        workers::side_by_side(&mut input, cores, &extract_one, &mut write)?;
    } else {
        let mut line = Vec::new();
        loop {
            // a line wholly in the input's buffer (nearly every one: the buffer holds many)
            // is read where it is, not copied out first
            let available = match input.fill_buf() {
                Ok(bytes) => bytes,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e).context("cannot read the batch input"),
            };
            if let Some(i) = memchr::memchr(b'\n', available) {
                let done = one_line(&available[..=i], &extract_one);
                input.consume(i + 1);
                write(Some(done))?;
            } else {
                line.clear();
                if read_line(&mut input, &mut line).context("cannot read the batch input")? == 0 {
                    break;
                }
                write(Some(one_line(&line, &extract_one)))?;
            }
            if !input.has_buffered() {
                write(None)?;
            }
        }
    }
    Ok(stats)
}

/// Reads one batch line and extracts its article.
fn one_line(line: &[u8], extract_one: &impl Fn(&str) -> contract::Contract) -> Done {
    let (id, text) = match parse_line(trim_line(line)) {
        Ok(input) => input,
        Err(bad) => return (None, Err(bad)),
    };
    // a bug in the rules must not cost the rest of the batch: the article gets an error line
    // (the panic hook has said what went wrong) and the run goes on
    let extracted = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| extract_one(&text)));
    let done = match extracted {
        Ok(contract) => {
            // a line is about three times its article's text (train: 3.1 on average, 5.6 at
            // most): room for four, so that few lines are copied to a larger buffer on the way
            let mut buf = Vec::with_capacity(4 * text.len() + 256);
            write_contract_line(&mut buf, &id, &contract);
            Ok(buf)
        }
        Err(_) => Err((
            id,
            "internal error while extracting this article (a bug: please report it with the \
             article)"
                .to_string(),
        )),
    };
    (Some(text.len()), done)
}

/// `input.read_until(b'\n', line)` with the vectorised byte search of `memchr`: the standard
/// library's reads a word at a time, and a batch line is a whole article.
fn read_line(input: &mut impl BufRead, line: &mut Vec<u8>) -> io::Result<usize> {
    let mut read = 0;
    loop {
        let available = match input.fill_buf() {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        let (done, used) = match memchr::memchr(b'\n', available) {
            Some(i) => (true, i + 1),
            None => (available.is_empty(), available.len()),
        };
        line.extend_from_slice(&available[..used]);
        input.consume(used);
        read += used;
        if done {
            return Ok(read);
        }
    }
}

pub fn trim_line(line: &[u8]) -> &[u8] {
    let mut end = line.len();
    while end > 0 && matches!(line[end - 1], b'\n' | b'\r') {
        end -= 1;
    }
    &line[..end]
}

/// The id and text of one batch line, or the id (null when unknown) and what is wrong.
pub fn parse_line(line: &[u8]) -> Result<(Value, String), (Value, String)> {
    if line.iter().all(u8::is_ascii_whitespace) {
        return Err((Value::Null, "empty line".into()));
    }
    let (id, text) = match fields::id_and_text(line) {
        Some(fields) => fields,
        None => {
            let input: BatchInput = serde_json::from_slice(line)
                .map_err(|e| (Value::Null, format!("not a JSON object: {e}")))?;
            (input.id, input.text)
        }
    };
    article_text(id.unwrap_or(Value::Null), text)
}

/// The line's `text` field as the article, or the error line's message: absent, not a string,
/// or empty (the same refusal as one article read from a file).
fn article_text(id: Value, text: Option<Value>) -> Result<(Value, String), (Value, String)> {
    match text {
        Some(Value::String(text)) if text.trim().is_empty() => {
            Err((id, "\"text\" is empty".into()))
        }
        Some(Value::String(text)) => Ok((id, text)),
        Some(_) => Err((id, "\"text\" is not a string".into())),
        None => Err((id, "no \"text\" field".into())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn batch(input: &str) -> Vec<Value> {
        let mut out = Vec::new();
        run_batch(input.as_bytes(), &mut out).unwrap();
        String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    }

    #[test]
    fn lines_are_read_as_read_until_reads_them() {
        let input = b"first line\n\nthird, longer than the buffer\r\nno newline at the end";
        let mut ours = BufReader::with_capacity(4, &input[..]);
        let mut std = BufReader::with_capacity(4, &input[..]);
        loop {
            let (mut a, mut b) = (Vec::new(), Vec::new());
            let n = read_line(&mut ours, &mut a).unwrap();
            assert_eq!(n, std.read_until(b'\n', &mut b).unwrap());
            assert_eq!(a, b);
            if n == 0 {
                break;
            }
        }
    }

    #[test]
    fn batch_prints_one_line_per_input_line_and_goes_on() {
        let input = "{\"id\": \"a\", \"text\": \"Prices rose.\"}\n\
                     not json\n\
                     {\"id\": 7}\n\
                     {\"id\": 8, \"text\": 42}\n\
                     {\"id\": 9, \"text\": \" \\n\"}\n\
                     \n\
                     {\"text\": \"PARIS (AFP) - It rained.\", \"extra\": [1, 2]}\r\n";
        let lines = batch(input);
        assert_eq!(lines.len(), 7);
        assert_eq!(lines[0]["id"], "a");
        assert_eq!(lines[0]["claims"][0]["text"], "Prices rose.");
        assert!(lines[1]["error"]
            .as_str()
            .unwrap()
            .contains("not a JSON object"));
        assert_eq!(lines[2]["id"], 7);
        assert!(lines[2]["error"].as_str().unwrap().contains("no \"text\""));
        assert!(lines[3]["error"].as_str().unwrap().contains("not a string"));
        assert_eq!(lines[4]["id"], 9);
        assert!(lines[4]["error"].as_str().unwrap().contains("is empty"));
        assert!(lines[5]["error"].is_string());
        assert_eq!(lines[6]["id"], Value::Null);
        assert_eq!(lines[6]["article"]["dateline"], "PARIS");
    }

    #[test]
    fn one_thread_reads_lines_in_the_buffer_and_across_it_alike() {
        let input = "{\"id\": \"a\", \"text\": \"Prices rose.\"}\n\nnot json\r\n\
                     {\"id\": 2, \"text\": \"Rents fell, officials said.\"}";
        let mut whole = Vec::new();
        run_batch_on(input.as_bytes(), &mut whole, 1).unwrap();
        assert_eq!(whole.iter().filter(|&&b| b == b'\n').count(), 4);
        // a buffer smaller than a line makes it be copied out; a larger one lends it
        for capacity in [1, 7, 40, 4096] {
            let mut out = Vec::new();
            run_batch_on(
                BufReader::with_capacity(capacity, input.as_bytes()),
                &mut out,
                1,
            )
            .unwrap();
            assert_eq!(out, whole, "a buffer of {capacity} bytes");
        }
        let mut side_by_side = Vec::new();
        run_batch_on(input.as_bytes(), &mut side_by_side, 3).unwrap();
        assert_eq!(side_by_side, whole);
    }

    #[test]
    fn a_panic_on_one_article_costs_only_its_line() {
        let input = "{\"id\": 1, \"text\": \"Prices rose.\"}\n\
                     {\"id\": 2, \"text\": \"BOOM\"}\n\
                     {\"id\": 3, \"text\": \"Rents fell.\"}\n";
        // on one thread and on several
        for jobs in [1, 3] {
            let mut out = Vec::new();
            let stats = run_batch_with(input.as_bytes(), &mut out, jobs, |text| {
                assert!(text != "BOOM", "a rule failed");
                contract::to_contract(text, &extract::extract(text))
            })
            .unwrap();
            assert_eq!((stats.lines, stats.errors), (3, 1));
            let lines: Vec<Value> = String::from_utf8(out)
                .unwrap()
                .lines()
                .map(|l| serde_json::from_str(l).unwrap())
                .collect();
            assert_eq!(lines[0]["claims"][0]["text"], "Prices rose.");
            assert_eq!(lines[1]["id"], 2);
            assert!(lines[1]["error"]
                .as_str()
                .unwrap()
                .contains("internal error"));
            assert_eq!(lines[2]["claims"][0]["text"], "Rents fell.");
        }
    }
}
