//! The pieces of `careerfit serve`: a whole room takes the quiz at once
//! over SSH (issue 12).
//!
//! For now this holds only [`keys`], the decoder that turns the raw bytes
//! an SSH client sends into the key presses the quiz already understands.
//! The server itself (connections, seats, the facilitator console) is still
//! to come; it will feed each seat's bytes through its own [`keys::Decoder`].

pub mod keys;
