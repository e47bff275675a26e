//! Inline list items ("1.)", "2)", "a.", "• 9.") that open sentences of their own.

use crate::extract::text::{is_space_at, space_len_before};

/// "•", "◦", "▪", "‣" and "⁃" open list items.
pub(super) fn is_bullet(b: &[u8]) -> bool {
    ["•", "◦", "‣", "⁃", "▪"]
        .iter()
        .any(|m| b.starts_with(m.as_bytes()))
}

/// Inline list markers ("1.)", "2)", "3.", "a.", "b.") that form a consecutive sequence: each
/// is a forced boundary (at the returned first offset, which includes a bullet before the
/// marker) and its own period is not a sentence end (the second offset is the marker's end).
pub(super) fn list_markers(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    // (value, suffix kind, boundary position, marker end)
    let mut cands: Vec<(u32, u8, usize, usize)> = Vec::new();
    // Markers end in "." or ")": look only there, then back at the number or letter.
    let mut p = 0;
    while let Some(off) = memchr::memchr2(b'.', b')', &b[p..]) {
        p += off;
        let at = p;
        p += 1;
        let (suffix, j) = match b[at] {
            b'.' if b.get(at + 1) == Some(&b')') => (1u8, at + 2),
            b'.' => (3, at + 1),
            _ if at > 0 && b[at - 1] == b'.' => continue,
            _ => (2, at + 1),
        };
        if !matches!(b.get(j), Some(b' ' | b'\t')) {
            continue;
        }
        // The number (one or two digits) or the single lower-case letter before the suffix.
        let mut i = at;
        while i > 0 && at - i < 3 && b[i - 1].is_ascii_digit() {
            i -= 1;
        }
        let (value, letter) = if i < at {
            if at - i > 2 {
                continue;
            }
            let v = b[i..at]
                .iter()
                .fold(0u32, |v, &d| v * 10 + u32::from(d - b'0'));
            (v, false)
        } else if at > 0 && b[at - 1].is_ascii_lowercase() && suffix != 1 {
            i = at - 1;
            (u32::from(b[i] - b'a') + 1, true)
        } else {
            continue;
        };
        let at_token_start = i == 0
            || is_space_at(b, i - 1)
            || (i >= 3 && is_bullet(&b[i - 3..]))
            || space_len_before(b, i) > 0;
        if !at_token_start {
            continue;
        }
        let mut start = i;
        // Include a bullet (and the space after it) before the marker.
        let mut k = start;
        while k > 0 && matches!(b[k - 1], b' ' | b'\t') {
            k -= 1;
        }
        if k >= 3 && is_bullet(&b[k - 3..k]) {
            start = k - 3;
        }
        let kind = if letter { suffix + 10 } else { suffix };
        cands.push((value, kind, start, j));
        p = j;
    }
    let mut accepted = vec![false; cands.len()];
    for x in 0..cands.len() {
        let (v, kind, _, _) = cands[x];
        if let Some(y) = cands[x + 1..]
            .iter()
            .position(|&(v2, k2, _, _)| k2 == kind && v2 == v + 1)
        {
            let y = x + 1 + y;
            let letter = kind > 10;
            if !letter || v == 1 || accepted[x] {
                accepted[x] = true;
                accepted[y] = true;
            }
        }
    }
    cands
        .iter()
        .zip(accepted)
        .filter(|(_, a)| *a)
        .map(|(&(_, _, at, end), _)| (at, end))
        .collect()
}
