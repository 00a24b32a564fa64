//! Nesting: which stretches of a line are inside matched quotation marks or brackets, where a full
//! stop does not end the sentence (`(see. section 4.2)`, `„Und auch keine Lust.“`, `《摔跤吧！爸爸》`).
//!
//! Only marks that find their partner on the same line within [`MAX_PAIR_BYTES`] count, so a lost
//! quotation mark or an apostrophe never swallows the rest of a paragraph.

use super::super::chars::{is_cjk, is_glued_terminator};

/// The longest stretch a pair of marks may enclose: a long quotation, not a whole article.
const MAX_PAIR_BYTES: usize = 2_000;
/// Open marks kept waiting for a partner; older ones are given up.
const MAX_OPEN: usize = 32;

/// The kinds of marks that pair with each other.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Family {
    DoubleQuote,
    SingleQuote,
    Guillemet,
    SingleGuillemet,
    Corner,
    WhiteCorner,
    DoubleAngle,
    Angle,
    Paren,
    Square,
    Curly,
}

/// What a mark does where it stands.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    Neither,
}

/// Matched pairs of one line, as the nesting depth at each gap between characters.
#[derive(Debug, Default)]
pub struct Nesting {
    /// (byte offset of a gap, change of depth there), in order.
    events: Vec<(usize, i32)>,
    /// Byte offsets of closing marks that closed a pair, in order.
    closes: Vec<usize>,
    /// The byte offset of the opening mark of each of `closes`.
    openers: Vec<usize>,
    /// Byte offsets of quotation marks standing alone between spaces that open a quotation
    /// (`saying '' … wrong . '' Then`), paired or not, in order.
    lone_opens: Vec<usize>,
    /// Those of `lone_opens` known to open: a later mark answers them, or lone marks came before.
    confirmed: Vec<usize>,
    next_event: usize,
    depth: i32,
}

impl Nesting {
    /// Finds the matched pairs in `text[range]`; offsets stay those of `text`.
    pub fn of(text: &str, range: std::ops::Range<usize>) -> Nesting {
        let line = text.get(range.clone()).unwrap_or("");
        let mut open: Vec<(Family, usize)> = Vec::new();
        let mut spans: Vec<(usize, usize, usize)> = Vec::new(); // (open, after open, close)
        let mut lone_opens = Vec::new();
        let mut confirmed = Vec::new();
        let mut prev: Option<char> = None;
        let mut chars = line.char_indices().peekable();
        while let Some((at, c)) = chars.next() {
            // Most of a line: never a quotation mark or a bracket.
            if c.is_ascii_alphanumeric() || c == ' ' {
                prev = Some(c);
                continue;
            }
            let rest = line.get(at + c.len_utf8()..).unwrap_or("");
            let lone = lone_quote(prev, c, rest);
            let classified = match lone {
                Some((family, run)) => {
                    for _ in 1..run {
                        chars.next();
                    }
                    // A second lone mark only ends the first's turn: tokenized text often starts
                    // inside a quotation, so two lone marks are too weak a sign to pair.
                    match open.iter().rposition(|&(f, o)| f == family && lone_opens.last() == Some(&o)) {
                        Some(index) => {
                            confirmed.push(open.remove(index).1);
                            Some((family, Role::Neither))
                        }
                        // A lone mark at the end of a line closes what came before.
                        None if rest.get(run - 1..).is_some_and(|after| after.chars().all(char::is_whitespace)) => {
                            Some((family, Role::Neither))
                        }
                        None => Some((family, Role::Open)),
                    }
                }
                None => classify(prev, c, rest),
            };
            if let Some((family, role)) = classified {
                let at = range.start + at;
                match role {
                    Role::Open => {
                        if open.len() == MAX_OPEN {
                            open.remove(0);
                        }
                        open.push((family, at));
                        if lone.is_some() {
                            if !lone_opens.is_empty() {
                                confirmed.push(at);
                            }
                            lone_opens.push(at);
                        }
                    }
                    Role::Close => {
                        if let Some(index) = open.iter().rposition(|&(f, o)| f == family && at - o <= MAX_PAIR_BYTES) {
                            if let Some(&(_, o)) = open.get(index) {
                                if lone_opens.last() == Some(&o) {
                                    confirmed.push(o);
                                }
                                spans.push((o, o + mark_len(text, o), at));
                            }
                            open.truncate(index);
                        }
                    }
                    Role::Neither => {}
                }
            }
            prev = Some(c);
        }
        let mut events: Vec<(usize, i32)> = Vec::with_capacity(spans.len() * 2);
        // Pairs are found as their closing marks are met, left to right: `closes` is in order already.
        let mut closes = Vec::with_capacity(spans.len());
        let mut openers = Vec::with_capacity(spans.len());
        for &(open, inside, close) in &spans {
            events.push((inside, 1));
            events.push((close + 1, -1));
            closes.push(close);
            openers.push(open);
        }
        events.sort_unstable();
        confirmed.sort_unstable();
        Nesting { events, closes, openers, lone_opens, confirmed, next_event: 0, depth: 0 }
    }

    /// How many pairs enclose the gap before byte `gap`. Gaps must be asked in increasing order.
    pub fn depth_at(&mut self, gap: usize) -> i32 {
        while let Some(&(at, change)) = self.events.get(self.next_event) {
            if at > gap {
                break;
            }
            self.depth += change;
            self.next_event += 1;
        }
        self.depth
    }

    /// True when the quotation mark standing alone at byte `at` may open a quotation.
    pub fn lone_opens_at(&self, at: usize) -> bool {
        self.lone_opens.binary_search(&at).is_ok()
    }

    /// True when the quotation mark standing alone at byte `at` surely opens a quotation: a later
    /// mark answers it, or other lone marks came before it. The first lone mark of a line, left
    /// unanswered, may close one the text started inside (`what to do ? '' Graham was …`).
    pub fn surely_opens_at(&self, at: usize) -> bool {
        self.confirmed.binary_search(&at).is_ok()
    }

    /// True when a quotation mark standing alone opened a quotation somewhere on the line.
    pub fn has_lone_opens(&self) -> bool {
        !self.lone_opens.is_empty()
    }

    /// True when the mark at byte `at` closes a pair.
    pub fn closes_at(&self, at: usize) -> bool {
        self.closes.binary_search(&at).is_ok()
    }

    /// The byte offset of the mark that the mark at byte `at` closes, if it closes a pair.
    pub fn opener_of(&self, at: usize) -> Option<usize> {
        let index = self.closes.binary_search(&at).ok()?;
        self.openers.get(index).copied()
    }
}

fn mark_len(text: &str, at: usize) -> usize {
    text.get(at..).and_then(|s| s.chars().next()).map_or(1, char::len_utf8)
}

/// A straight quotation mark (or two: `''`, ``` `` ```) standing alone between spaces, as in
/// tokenized text: its family and how many characters it takes. Its role comes from the ones before.
fn lone_quote(prev: Option<char>, c: char, rest: &str) -> Option<(Family, usize)> {
    if !matches!(c, '\'' | '"' | '`') || !prev.is_none_or(char::is_whitespace) {
        return None;
    }
    let run = 1 + rest.chars().take_while(|&r| r == c).count();
    let after = rest.chars().nth(run - 1);
    if run > 2 || !after.is_none_or(char::is_whitespace) {
        return None;
    }
    let family = if c == '"' || run == 2 { Family::DoubleQuote } else { Family::SingleQuote };
    Some((family, run))
}

/// The family of a quotation mark or bracket and its role between `prev` and `rest` of the line.
fn classify(prev: Option<char>, c: char, rest: &str) -> Option<(Family, Role)> {
    use Family::*;
    let next = rest.chars().next();
    let (family, shape) = match c {
        '(' | '（' => (Paren, Role::Open),
        ')' | '）' => (Paren, Role::Close),
        '[' | '［' | '【' | '〔' => (Square, Role::Open),
        ']' | '］' | '】' | '〕' => (Square, Role::Close),
        '{' | '｛' => (Curly, Role::Open),
        '}' | '｝' => (Curly, Role::Close),
        '「' | '｢' => (Corner, Role::Open),
        '」' | '｣' => (Corner, Role::Close),
        '『' => (WhiteCorner, Role::Open),
        '』' => (WhiteCorner, Role::Close),
        '《' => (DoubleAngle, Role::Open),
        '》' => (DoubleAngle, Role::Close),
        '〈' => (Angle, Role::Open),
        '〉' => (Angle, Role::Close),
        '«' => (Guillemet, Role::Open),
        '»' => (Guillemet, Role::Close),
        '‹' => (SingleGuillemet, Role::Open),
        '›' => (SingleGuillemet, Role::Close),
        '“' | '„' | '‟' => (DoubleQuote, Role::Open),
        '”' => (DoubleQuote, Role::Close),
        '"' => (DoubleQuote, Role::Neither),
        '‘' | '‚' | '‛' | '`' => (SingleQuote, Role::Open),
        '’' | '\'' => (SingleQuote, Role::Close),
        _ => return None,
    };
    if matches!(family, Paren | Square | Curly | Corner | WhiteCorner | DoubleAngle | Angle) {
        return Some((family, shape));
    }
    // A contraction cut off its word in tokenized text: "she 's", "did n't".
    let contraction = matches!(c, '\'' | '’') && {
        let letters = rest.chars().take_while(|r| r.is_lowercase()).count();
        (1..=2).contains(&letters) && !rest.chars().nth(letters).is_some_and(char::is_alphabetic)
    };
    if contraction {
        return Some((family, Role::Neither));
    }
    Some((family, quote_role(prev, next, shape)))
}

/// Quotation marks are told apart by what stands around them, as in Markdown: German opens with
/// „ and »… and closes with “ and «, so the shape of a mark only breaks ties.
fn quote_role(prev: Option<char>, next: Option<char>, shape: Role) -> Role {
    // CJK text has no spaces, so its letters stand beside quotation marks as spaces would elsewhere.
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() && !is_cjk(c));
    let blank = |c: Option<char>| c.is_none_or(char::is_whitespace);
    if word(prev) && word(next) {
        return Role::Neither; // an apostrophe (don't) or a gershayim (ד"ר)
    }
    // Punctuation follows a closing mark, even one set apart from its words (`[...] ".`).
    let punctuation = next.is_some_and(|n| matches!(n, '.' | ',' | ';' | ':' | '!' | '?'));
    let can_open =
        !blank(next) && !punctuation && (blank(prev) || prev.is_some_and(|p| !word(Some(p)) && !closes_sentence(p)));
    let can_close = (!blank(prev) || punctuation) && !word(next);
    match (can_open, can_close) {
        (true, false) => Role::Open,
        (false, true) => Role::Close,
        (true, true) => shape,
        // French sets its guillemets apart with spaces: « texte ».
        (false, false) if blank(prev) && blank(next) => shape,
        (false, false) => Role::Neither,
    }
}

fn closes_sentence(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | ')' | ']' | '”' | '’' | '»') || is_glued_terminator(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn depth_after(text: &str, needle: &str) -> i32 {
        let mut nesting = Nesting::of(text, 0..text.len());
        let at = text.find(needle).expect("needle") + needle.len();
        nesting.depth_at(at)
    }

    #[test]
    fn full_stops_inside_brackets_and_quotes_are_nested() {
        assert_eq!(depth_after("This function (see. section 4.2) is important.", "see."), 1);
        assert_eq!(depth_after("leise: „Und auch keine Lust.“ Wir", "Lust."), 1);
        assert_eq!(depth_after("leise: „Und auch keine Lust.“ Wir", "Lust.“"), 0);
        assert_eq!(depth_after("»Dann empfehle ich.« Maria", "ich."), 1);
        assert_eq!(depth_after("我们去看《摔跤吧！爸爸》好吗", "吧！"), 1);
        assert_eq!(depth_after("dijo: \"Aquí me pongo. / [...] \". Luego", "pongo."), 1);
    }

    #[test]
    fn apostrophes_and_lost_marks_do_not_nest() {
        assert_eq!(depth_after("Don't stop. They'll go.", "stop."), 0);
        assert_eq!(depth_after("He said \"never. Then left.", "never."), 0);
        assert_eq!(depth_after("the dogs' bowls. Then", "bowls."), 0);
    }
}
