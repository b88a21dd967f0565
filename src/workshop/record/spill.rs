//! The participants a counted report lists, written aside as they are
//! read: a compact binary line per participant in a temporary file (gone
//! when the report ends, even after kill -9 on Unix), so listing them is a
//! quick read of that file, not a second parse of the results. The names
//! that repeat (sessions, quizzes, roles, interest areas) are written as a
//! number, and kept once in memory.

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Read, Seek, Write};
use std::sync::Arc;

use crate::workshop::group::{Entry, FxMap, Name, Ranked, Scored};

/// Participants written aside, in the order they were kept.
#[derive(Debug)]
pub struct Spill {
    out: BufWriter<File>,
    texts: Vec<Arc<str>>,
    text_at: FxMap<usize, u32>,
    names: Vec<Arc<Name>>,
    name_at: FxMap<usize, u32>,
}

/// Participants written aside, to be read back as often as needed.
#[derive(Debug)]
pub struct Written {
    file: File,
    texts: Vec<Arc<str>>,
    names: Vec<Arc<Name>>,
}

impl Spill {
    pub fn new() -> io::Result<Spill> {
        Ok(Spill {
            out: BufWriter::with_capacity(1 << 16, tempfile::tempfile()?),
            texts: Vec::new(),
            text_at: FxMap::default(),
            names: Vec::new(),
            name_at: FxMap::default(),
        })
    }

    fn text(&mut self, text: &Arc<str>) -> u32 {
        let key = Arc::as_ptr(text) as *const u8 as usize;
        *self.text_at.entry(key).or_insert_with(|| {
            self.texts.push(text.clone());
            self.texts.len() as u32 - 1
        })
    }

    fn name(&mut self, name: &Arc<Name>) -> u32 {
        let key = Arc::as_ptr(name) as usize;
        *self.name_at.entry(key).or_insert_with(|| {
            self.names.push(name.clone());
            self.names.len() as u32 - 1
        })
    }

    /// Writes one participant's entry.
    pub fn write(&mut self, e: &Entry) -> io::Result<()> {
        let (session, quiz, hash) = (
            self.text(&e.session),
            self.text(&e.quiz),
            self.text(&e.quiz_hash),
        );
        let dims: Vec<(u32, Option<f64>)> = e
            .dimensions
            .iter()
            .map(|d| (self.name(&d.dimension), d.score))
            .collect();
        let fits: Vec<(u32, f64)> = e
            .ranking
            .iter()
            .map(|f| (self.name(&f.role), f.fit))
            .collect();
        let out = &mut self.out;
        bytes(out, e.time.as_bytes())?;
        match &e.label {
            Some(label) => {
                out.write_all(&[1])?;
                bytes(out, label.as_bytes())?;
            }
            None => out.write_all(&[0])?,
        }
        for n in [session, quiz, hash] {
            out.write_all(&n.to_le_bytes())?;
        }
        for n in [e.file as u64, e.order, e.answered as u64, e.total as u64] {
            out.write_all(&n.to_le_bytes())?;
        }
        let f = e.flags;
        let flags = [f.close_call, f.flat, f.incomplete, f.low_interest]
            .iter()
            .enumerate()
            .fold(0u8, |bits, (i, on)| bits | (u8::from(*on) << i));
        out.write_all(&[flags])?;
        out.write_all(&(dims.len() as u32).to_le_bytes())?;
        for (name, score) in dims {
            out.write_all(&name.to_le_bytes())?;
            out.write_all(&score.map_or(u64::MAX, f64::to_bits).to_le_bytes())?;
            out.write_all(&[u8::from(score.is_some())])?;
        }
        out.write_all(&(fits.len() as u32).to_le_bytes())?;
        for (name, fit) in fits {
            out.write_all(&name.to_le_bytes())?;
            out.write_all(&fit.to_bits().to_le_bytes())?;
        }
        Ok(())
    }

    /// Done writing: ready to be read back.
    pub fn finish(self) -> io::Result<Written> {
        let file = self.out.into_inner().map_err(|e| e.into_error())?;
        Ok(Written {
            file,
            texts: self.texts,
            names: self.names,
        })
    }
}

fn bytes(out: &mut impl Write, b: &[u8]) -> io::Result<()> {
    out.write_all(&(b.len() as u32).to_le_bytes())?;
    out.write_all(b)
}

impl Written {
    /// Calls `each` with every entry written, in order.
    pub fn each(&self, each: &mut dyn FnMut(Entry) -> io::Result<()>) -> io::Result<()> {
        let mut file = &self.file;
        file.rewind()?;
        let mut r = BufReader::with_capacity(1 << 16, file);
        while !r.fill_buf()?.is_empty() {
            each(self.read(&mut r)?)?;
        }
        Ok(())
    }

    fn read(&self, r: &mut impl Read) -> io::Result<Entry> {
        let text = |n: u32| self.texts.get(n as usize).cloned().ok_or_else(damaged_temp);
        let name = |n: u32| self.names.get(n as usize).cloned().ok_or_else(damaged_temp);
        let time = string(r)?;
        let label = match byte(r)? {
            0 => None,
            _ => Some(string(r)?),
        };
        let (session, quiz, quiz_hash) = (text(u32_of(r)?)?, text(u32_of(r)?)?, text(u32_of(r)?)?);
        let (file, order, answered, total) = (u64_of(r)?, u64_of(r)?, u64_of(r)?, u64_of(r)?);
        let flags = byte(r)?;
        let mut dimensions = Vec::new();
        for _ in 0..u32_of(r)? {
            let dimension = name(u32_of(r)?)?;
            let bits = u64_of(r)?;
            let score = (byte(r)? == 1).then(|| f64::from_bits(bits));
            dimensions.push(Scored { dimension, score });
        }
        let mut ranking = Vec::new();
        for _ in 0..u32_of(r)? {
            let role = name(u32_of(r)?)?;
            let fit = f64::from_bits(u64_of(r)?);
            ranking.push(Ranked { role, fit });
        }
        Ok(Entry {
            id: None,
            file: file as usize,
            order,
            time,
            session,
            label,
            quiz,
            quiz_hash,
            answers: 0,
            answered: answered as usize,
            total: total as usize,
            dimensions,
            ranking,
            flags: crate::scoring::Flags {
                close_call: flags & 1 != 0,
                flat: flags & 2 != 0,
                incomplete: flags & 4 != 0,
                low_interest: flags & 8 != 0,
            },
        })
    }
}

fn byte(r: &mut impl Read) -> io::Result<u8> {
    let mut b = [0u8; 1];
    r.read_exact(&mut b)?;
    Ok(b[0])
}

fn u32_of(r: &mut impl Read) -> io::Result<u32> {
    let mut b = [0u8; 4];
    r.read_exact(&mut b)?;
    Ok(u32::from_le_bytes(b))
}

fn u64_of(r: &mut impl Read) -> io::Result<u64> {
    let mut b = [0u8; 8];
    r.read_exact(&mut b)?;
    Ok(u64::from_le_bytes(b))
}

fn string(r: &mut impl Read) -> io::Result<String> {
    let mut b = Vec::new();
    let len = u64::from(u32_of(r)?);
    if r.take(len).read_to_end(&mut b)? as u64 != len {
        return Err(io::ErrorKind::UnexpectedEof.into());
    }
    String::from_utf8(b).map_err(|_| damaged_temp())
}

/// The error of a temporary file that does not read back as written.
fn damaged_temp() -> io::Error {
    crate::files::error(
        io::ErrorKind::InvalidData,
        crate::lang::Said::new("record-damaged-temp"),
    )
}
