//! Throughput of `claimtrace extract --batch`: streams a JSONL corpus through the same code
//! path (`commands::extract::run_batch`), on every core and on one, and prints MB/s of article
//! text, the one-core time's ratio against two
//! baselines measured in the same process (parsing the JSON lines only; the sentence segmenter
//! alone), and peak memory (VmHWM). It also runs the extractor on one long article made of the
//! corpus's articles run together, at two lengths: the time should grow with the length, not
//! with its square.
//!
//! Corpus: `CLAIMTRACE_BENCH_CORPUS` or the first argument; default
//! `/work/shared/eval/polnear_train.jsonl` when present, else a corpus synthesised from the
//! repository's own example and fixture text (also chosen by the value `synthetic`).
//! Run: `cargo bench --bench extract [-- PATH|synthetic]`.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Cursor};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use claimtrace::commands::extract::{parse_line, run_batch, run_batch_on, trim_line, BatchLines};
use claimtrace::extract::meta::article_meta;
use claimtrace::extract::sentences::sentences;

/// The binary's allocator, so the figures are the binary's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const DEFAULT_CORPUS: &str = "/work/shared/eval/polnear_train.jsonl";
/// Each measure is the best of this many passes: the machines these run on are noisy.
const ROUNDS: usize = 5;

enum Corpus {
    File(PathBuf),
    Memory(Vec<u8>),
}

impl Corpus {
    fn reader(&self) -> Box<dyn BatchLines + '_> {
        match self {
            Corpus::File(p) => Box::new(BufReader::with_capacity(
                1 << 20,
                File::open(p).expect("corpus opens"),
            )),
            Corpus::Memory(bytes) => Box::new(Cursor::new(bytes.as_slice())),
        }
    }

    fn describe(&self) -> String {
        match self {
            Corpus::File(p) => p.display().to_string(),
            Corpus::Memory(b) => format!(
                "synthesised from examples/ and tests/fixtures/ ({} bytes of JSONL)",
                b.len()
            ),
        }
    }
}

fn corpus() -> Corpus {
    let arg = std::env::args().skip(1).find(|a| !a.starts_with("--"));
    let chosen = std::env::var("CLAIMTRACE_BENCH_CORPUS").ok().or(arg);
    match chosen.as_deref() {
        Some("synthetic") => return Corpus::Memory(synthesise()),
        Some(p) => return Corpus::File(PathBuf::from(p)),
        None => {}
    }
    if Path::new(DEFAULT_CORPUS).exists() {
        return Corpus::File(PathBuf::from(DEFAULT_CORPUS));
    }
    Corpus::Memory(synthesise())
}

/// About 4 MB of JSONL built from the repository's own text: the example articles, and the
/// Golden Rules texts joined into paragraphs.
fn synthesise() -> Vec<u8> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut texts = Vec::new();
    if let Ok(dir) = std::fs::read_dir(root.join("examples")) {
        for entry in dir.flatten() {
            if entry.path().extension().is_some_and(|e| e == "txt") {
                if let Ok(t) = std::fs::read_to_string(entry.path()) {
                    texts.push(t);
                }
            }
        }
    }
    if let Ok(g) = std::fs::read_to_string(root.join("tests/fixtures/golden_rules_en.jsonl")) {
        let paragraph: Vec<String> = g
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v["text"].as_str().map(str::to_string))
            .collect();
        texts.push(paragraph.join("\n\n"));
    }
    let mut out = Vec::new();
    let mut n = 0;
    while out.len() < 4_000_000 && !texts.is_empty() {
        let text = &texts[n % texts.len()];
        let line = serde_json::json!({"id": n, "text": text});
        serde_json::to_writer(&mut out, &line).expect("json");
        out.push(b'\n');
        n += 1;
    }
    out
}

fn best<F: FnMut() -> usize>(mut f: F) -> (Duration, usize) {
    let mut best = Duration::MAX;
    let mut bytes = 0;
    for _ in 0..ROUNDS {
        let t = Instant::now();
        bytes = f();
        best = best.min(t.elapsed());
    }
    (best, bytes)
}

fn mbps(bytes: usize, d: Duration) -> f64 {
    bytes as f64 / 1e6 / d.as_secs_f64()
}

fn vm_hwm() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .map(|l| l["VmHWM:".len()..].trim().to_string())
        })
        .unwrap_or_else(|| "n/a".to_string())
}

/// Streams the corpus line by line, calling `f` on each article's text.
fn each_text(corpus: &Corpus, mut f: impl FnMut(&str)) -> usize {
    let mut reader = corpus.reader();
    let mut line = Vec::new();
    let mut bytes = 0;
    loop {
        line.clear();
        if reader.read_until(b'\n', &mut line).expect("read") == 0 {
            break;
        }
        if let Ok((_, text)) = parse_line(trim_line(&line)) {
            bytes += text.len();
            f(&text);
        }
    }
    bytes
}

fn main() {
    let corpus = corpus();
    println!("corpus: {}", corpus.describe());

    let (parse_t, bytes) = best(|| each_text(&corpus, |_| {}));
    println!("hwm after parse-only baseline: {}", vm_hwm());
    let mut count = 0usize;
    let (seg_t, _) = best(|| {
        each_text(&corpus, |t| {
            count += sentences(t).len();
        })
    });
    let mut found = 0usize;
    let (meta_t, _) = best(|| {
        each_text(&corpus, |t| {
            found += article_meta(t).boilerplate.len();
        })
    });
    let (full_t, full_bytes) = best(|| {
        let stats = run_batch(corpus.reader(), &mut io::sink()).expect("batch runs");
        stats.text_bytes
    });
    assert_eq!(bytes, full_bytes);
    // the target is for one core: the same path on one thread
    let (one_t, _) = best(|| {
        let stats = run_batch_on(corpus.reader(), &mut io::sink(), 1).expect("batch runs");
        stats.text_bytes
    });
    let hwm = vm_hwm();

    println!(
        "article text: {:.2} MB ({} sentences per pass)",
        bytes as f64 / 1e6,
        count / ROUNDS
    );
    println!(
        "parse JSON lines only:       {:8.1} MB/s  ({:.3} s)",
        mbps(bytes, parse_t),
        parse_t.as_secs_f64()
    );
    println!(
        "parse + sentence segmenter:  {:8.1} MB/s  ({:.3} s)",
        mbps(bytes, seg_t),
        seg_t.as_secs_f64()
    );
    println!(
        "extract --batch (full path): {:8.1} MB/s  ({:.3} s)",
        mbps(bytes, full_t),
        full_t.as_secs_f64()
    );
    println!(
        "extract --batch, one core:   {:8.1} MB/s  ({:.3} s; all cores {:.2}x faster)",
        mbps(bytes, one_t),
        one_t.as_secs_f64(),
        one_t.as_secs_f64() / full_t.as_secs_f64()
    );
    println!(
        "parse + metadata stage:      {:8.1} MB/s  ({:.3} s, {} boilerplate passages)",
        mbps(bytes, meta_t),
        meta_t.as_secs_f64(),
        found / ROUNDS
    );
    let seg_only = seg_t.saturating_sub(parse_t);
    if !seg_only.is_zero() {
        println!(
            "segmenter alone (minus parse): {:.1} MB/s",
            mbps(bytes, seg_only)
        );
    }
    println!(
        "one-core ratio full/parse-only time: {:.1}x   full/segmenter time: {:.1}x",
        one_t.as_secs_f64() / parse_t.as_secs_f64(),
        one_t.as_secs_f64() / seg_t.as_secs_f64()
    );
    println!("peak RSS (VmHWM): {hwm}");
    long_article(&corpus);
}

/// One article of the corpus's texts run together: MB/s at a quarter of its length and at the
/// whole of it. A ratio near 1 means the extractor's time is linear in the article's length.
fn long_article(corpus: &Corpus) {
    const LONG: usize = 2_000_000;
    let mut long = String::with_capacity(LONG + 100_000);
    while long.len() < LONG {
        let before = long.len();
        each_text(corpus, |t| {
            if long.len() < LONG {
                long.push_str(t);
                long.push_str("\n\n");
            }
        });
        if long.len() == before {
            return; // an empty corpus
        }
    }
    let mut quarter = long.len() / 4;
    while !long.is_char_boundary(quarter) {
        quarter -= 1;
    }
    let rate = |text: &str| {
        let (t, _) = best(|| claimtrace::extract::extract(text).claims.len());
        mbps(text.len(), t)
    };
    let (short_rate, long_rate) = (rate(&long[..quarter]), rate(&long));
    println!(
        "one long article: {:.1} MB/s at {:.2} MB, {:.1} MB/s at {:.2} MB (ratio {:.2})",
        short_rate,
        quarter as f64 / 1e6,
        long_rate,
        long.len() as f64 / 1e6,
        long_rate / short_rate
    );
}
