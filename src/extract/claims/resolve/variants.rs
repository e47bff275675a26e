//! Name variants: the person a surname or a titled surname ("Nunez", "Mr. Trump") stands for
//! among the people named in full so far.

use super::*;
use crate::extract::text::lowercase;

impl Resolver {
    /// "Nunez" after "Laurent Nunez"; "Mr. Trump" after "Donald Trump".
    pub(super) fn name_variant(&self, ws: &[&str], context: &str) -> Option<usize> {
        // a name variant is capitalised: "he", "the ministry" never are
        if !ws.iter().any(|w| is_cap(w)) {
            return None;
        }
        // "Sir James" after "Sir James Barrow": a knight or a dame is called by the title and
        // the given name, not the surname
        if let [title @ ("Sir" | "Dame"), given] = ws {
            return self.latest(|e| {
                let mut name = e.name.split_whitespace();
                e.kind == SourceKind::Person
                    && name.next() == Some(*title)
                    && name.next() == Some(*given)
                    && name.next().is_some()
            });
        }
        let names: Vec<&str> = ws
            .iter()
            .copied()
            .filter(|w| !lexicon::is_title(&lowercase(w)))
            .collect();
        // "de la Cruz", "Van der Berg": a surname with its particles, which a full name
        // written before must hold as written
        let particles = names
            .iter()
            .take_while(|w| is_name_particle(&lowercase(w)))
            .count();
        let surname =
            (particles > 0 && names.len() == particles + 1).then(|| names.join(" ").to_lowercase());
        let names = if surname.is_some() {
            &names[particles..]
        } else {
            &names[..]
        };
        if names.is_empty() || names.len() > 2 || !names.iter().all(|w| is_cap(w)) {
            return None;
        }
        let last = names.last()?.trim_end_matches("'s").to_lowercase();
        // "Hillary Clinton" is not "Chelsea Clinton": a given name written must be the same
        let given = (names.len() == 2).then_some(names[0]);
        let same_name = |e: &Entity| {
            e.kind == SourceKind::Person
                && e.head == last
                && e.name.contains(' ')
                && given.map_or(true, |g| e.name.split_whitespace().any(|w| w == g))
                && surname
                    .as_ref()
                    .map_or(true, |s| ends_with_word(&e.lower_name, s))
        };
        // only the sources of the surname's head need reading
        // (all of them while there are few: `same_name` tests the head)
        let all: Vec<usize>;
        let with_head = match &self.index.keyed {
            Some(keyed) => keyed.heads.get(&last),
            None => {
                all = (0..self.entities.len()).collect();
                &all
            }
        };
        // nor is "Ms. Khan" "Mr. Khan" (read only when a person of that name has a gender,
        // found or written: a "Mrs. Khan" a pronoun took up has not been read for one yet)
        let theirs = |e: &Entity| {
            e.gender.or_else(|| {
                is_honorific(e.name.split(' ').next()?).then(|| gender_of(&e.name, None))?
            })
        };
        let gender = if with_head.iter().any(|&i| {
            let e = &self.entities[i];
            same_name(e) && theirs(e).is_some()
        }) {
            match ws {
                [one] => gender_of(one, None),
                _ => gender_of(&ws.join(" "), None),
            }
        } else {
            None
        };
        let fits = |e: &Entity| {
            same_name(e) && (gender.is_none() || theirs(e).map_or(true, |g| Some(g) == gender))
        };
        let candidates: Vec<usize> = (with_head.iter().copied())
            .filter(|&i| fits(&self.entities[i]))
            .collect();
        let family = names.len() == 1 && surname.is_none();
        if candidates.is_empty() && family && lexicon::is_east_asian_family_name(&last) {
            // "Wang Lei said …. Wang told a briefing": a Chinese or Korean name is taken up by
            // its first word, the family name
            return self.latest(|e| {
                let words: Vec<&str> = e.name.split(' ').collect();
                e.kind == SourceKind::Person
                    && words[0] == names[0]
                    && lexicon::is_family_name_first(&words)
            });
        }
        if candidates.len() < 2 {
            return candidates.first().copied();
        }
        // two people of one surname: the one whose full name the text wrote last ("Hillary
        // Clinton rebuffed a heckler. … Clinton told her")
        let mut from = context.len().saturating_sub(600);
        while !context.is_char_boundary(from) {
            from += 1;
        }
        let tail = &context[from..];
        let written_last = candidates
            .iter()
            .filter_map(|&i| tail.rfind(self.entities[i].name.as_str()).map(|at| (at, i)))
            .max();
        // (the latest of the candidates: of two mentioned at one place, the one added later)
        let latest = || {
            candidates
                .iter()
                .copied()
                .max_by_key(|&i| self.entities[i].last)
        };
        written_last.map(|(_, i)| i).or_else(latest)
    }
}

impl Resolver {
    /// "Xi Jinping met Biden on Monday. Xi said": a lone Chinese or Korean family name (the
    /// words `ws`) takes up the full name the text wrote last with it first, though that
    /// person has not been a source ([`lexicon::is_family_name_first`]).
    pub(super) fn family_name_written(&mut self, ws: &[&str], context: &str) -> Option<usize> {
        let [family] = ws else { return None };
        if !lexicon::is_east_asian_family_name(&family.to_lowercase()) {
            return None;
        }
        let mut end = context.len();
        for _ in 0..12 {
            let at = context[..end].rfind(family)?;
            end = at;
            let opens = context[..at].ends_with([' ', '\n', '"', '“', '(']) || at == 0;
            if !opens || !context[at + family.len()..].starts_with(' ') {
                continue;
            }
            let after: Vec<&str> = context[at..].split(' ').take(3).collect();
            // the longest run that reads as one such name: "Kim Jong Un", then "Xi Jinping"
            for n in [3, 2] {
                let Some(run) = after.get(..n) else { continue };
                // a stop or a comma inside the run ends the name before its last word
                if run[..n - 1]
                    .iter()
                    .any(|w| w.ends_with([',', '.', ';', ':']))
                {
                    continue;
                }
                let bare = run[n - 1].trim_end_matches([',', '.', ';', ':', '"', '”', ')']);
                let mut words = run[..n - 1].to_vec();
                words.push(bare);
                if lexicon::is_family_name_first(&words) {
                    let name = words.join(" ");
                    if classify(&name).0 != SourceKind::Person {
                        return None;
                    }
                    let head = bare.to_lowercase();
                    return Some(self.add(name, SourceKind::Person, None, head));
                }
            }
        }
        None
    }
}

/// Whether `name` ends with a space and then `s`.
fn ends_with_word(name: &str, s: &str) -> bool {
    name.strip_suffix(s).is_some_and(|rest| rest.ends_with(' '))
}
