//! Dates: the article's publication date in ISO 8601 where the page writes it another common way, so
//! that the panel can word it for the reader as it words the others. Pages write the date for machines
//! in ISO 8601's basic form (`20180619T055000+0900`) or with a zone's abbreviation for its offset
//! (`2021-01-03T17:40:00EET`), or for their readers day first between dots (`18:27 , 22.05.20`). Any
//! other form stays as the page wrote it, and the panel shows it so.

/// `written` in ISO 8601's extended form when it is one of the forms above, else as written. A zone's
/// abbreviation other than UTC's or GMT's is left out (abbreviations are ambiguous: the time stays the
/// page's clock time); a two-digit year is of this century.
pub fn iso_or_as_written(written: &str) -> String {
    basic_form(written)
        .or_else(|| without_zone_name(written))
        .or_else(|| day_first(written))
        .unwrap_or_else(|| written.to_string())
}

/// `YYYYMMDD`, then perhaps `THHMM` or `THHMMSS` and a zone (`Z`, `+HHMM`, `+HH:MM`).
fn basic_form(written: &str) -> Option<String> {
    let (date, rest) = (written.get(..8)?, written.get(8..)?);
    let day = day(date.get(..4)?, date.get(4..6)?, date.get(6..)?)?;
    if rest.is_empty() {
        return Some(day);
    }
    let rest = rest.strip_prefix('T')?;
    let clock_len = rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len());
    let (clock, zone) = rest.split_at(clock_len);
    if !matches!(clock.len(), 4 | 6) || !(zone.is_empty() || zone == "Z" || is_offset(zone)) {
        return None;
    }
    let seconds = clock.get(4..).filter(|s| !s.is_empty()).map_or(String::new(), |s| format!(":{s}"));
    let zone = match zone.len() {
        5 => format!("{}:{}", zone.get(..3)?, zone.get(3..)?),
        _ => zone.to_string(),
    };
    Some(format!("{day}T{}:{}{seconds}{zone}", clock.get(..2)?, clock.get(2..4)?))
}

/// True for `+HHMM`, `-HHMM`, `+HH:MM` or `-HH:MM`.
fn is_offset(zone: &str) -> bool {
    let digits: String = zone.chars().skip(1).filter(|&c| c != ':').collect();
    zone.starts_with(['+', '-']) && matches!(zone.len(), 5 | 6) && digits.len() == 4 && is_digits(&digits)
}

/// `YYYY-MM-DDTHH:MM[:SS]` followed by a zone's abbreviation of two to five capitals.
fn without_zone_name(written: &str) -> Option<String> {
    let name_start = written.trim_end_matches(|c: char| c.is_ascii_uppercase()).len();
    let (moment, name) = written.split_at(name_start);
    let moment = moment.trim_end();
    let (date, time) = moment.split_once(['T', ' '])?;
    let [year, month, date] = split3(date, '-')?;
    let clock_ok = time.split(':').count() <= 3 && time.split(':').all(|part| part.len() == 2 && is_digits(part));
    if !(2..=5).contains(&name.len()) || time.len() < 5 || !clock_ok {
        return None;
    }
    let utc = if matches!(name, "UTC" | "GMT") { "Z" } else { "" };
    Some(format!("{}T{time}{utc}", day(year, month, date)?))
}

/// A day written day first between dots (`22.05.20`, `22.5.2020.`), and perhaps a time (`18:27`),
/// with nothing else but separators.
fn day_first(written: &str) -> Option<String> {
    let (mut found_day, mut found_time) = (None, None);
    for token in written.split(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '-' | '·')) {
        if token.is_empty() {
            continue;
        }
        if let Some([hour, minute]) = split2(token, ':').filter(|[h, m]| h.len() <= 2 && m.len() == 2) {
            let hour: u32 = hour.parse().ok().filter(|&h| h < 24)?;
            let minute: u32 = minute.parse().ok().filter(|&m| m < 60)?;
            found_time.get_or_insert(format!("T{hour:02}:{minute:02}"));
        } else {
            let [date, month, year] = split3(token.strip_suffix('.').unwrap_or(token), '.')?;
            let year = match year.len() {
                2 => format!("20{year}"),
                4 => year.to_string(),
                _ => return None,
            };
            let pad = |part: &str| format!("{part:0>2}");
            found_day = Some(day(&year, &pad(month), &pad(date))?);
        }
    }
    Some(found_day? + found_time.as_deref().unwrap_or_default())
}

/// `YYYY-MM-DD` of a year, month and day written in ASCII digits, if they make a day.
fn day(year: &str, month: &str, date: &str) -> Option<String> {
    let in_range = |part: &str, len: usize, max: u32| {
        part.len() == len && is_digits(part) && part.parse::<u32>().is_ok_and(|n| (1..=max).contains(&n))
    };
    (in_range(year, 4, 9999) && in_range(month, 2, 12) && in_range(date, 2, 31))
        .then(|| format!("{year}-{month}-{date}"))
}

fn is_digits(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

fn split2(text: &str, separator: char) -> Option<[&str; 2]> {
    let (a, b) = text.split_once(separator)?;
    (is_digits(a) && is_digits(b)).then_some([a, b])
}

fn split3(text: &str, separator: char) -> Option<[&str; 3]> {
    let mut parts = text.split(separator);
    let three = [parts.next()?, parts.next()?, parts.next()?];
    (parts.next().is_none() && three.iter().all(|part| is_digits(part))).then_some(three)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_forms_become_iso_8601() {
        for (written, iso) in [
            ("20180619T055000+0900", "2018-06-19T05:50:00+09:00"),
            ("20180619T0550Z", "2018-06-19T05:50Z"),
            ("20180619", "2018-06-19"),
            ("2021-01-03T17:40:00EET", "2021-01-03T17:40:00"),
            ("2021-01-03 17:40 GMT", "2021-01-03T17:40Z"),
            ("18:27 , 22.05.20", "2020-05-22T18:27"),
            ("22.5.2020.", "2020-05-22"),
            ("3.10.2019 | 9:05", "2019-10-03T09:05"),
        ] {
            assert_eq!(iso_or_as_written(written), iso, "{written}");
        }
    }

    #[test]
    fn other_forms_stay_as_written() {
        for written in [
            "2021-01-03T17:40:00+02:00", "2021-01-03", "۱۳۹۹/۰۲/۲۱ - ۱۸:۵۹", "05/22/2020", "May 22, 2020", "32.05.20",
            "22.13.2020", "1.2.3.4", "20181319", "18:27", "",
        ] {
            assert_eq!(iso_or_as_written(written), written, "{written}");
        }
    }
}
