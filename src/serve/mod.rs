//! The pieces of `careerfit serve`: a whole room takes the quiz at once
//! over SSH (issue 12).
//!
//! It holds [`keys`], the decoder that turns the raw bytes
//! an SSH client sends into the key presses the quiz already understands.
//! [`seat`] runs one participant's quiz over a byte channel on its own
//! thread (keys in, ANSI out, plain mode without a pty), as each SSH
//! connection will, each seat feeding its bytes through its own
//! [`keys::Decoder`]. [`server`] is the SSH server (all of russh and
//! tokio): the join code, the host key, a seat per connection drawing on
//! its channel. [`roster`] is the room's list of participants (number,
//! nickname, connected, how far, resume code) that seats report to and the
//! facilitator's console reads and acts on. [`door`] holds the limits per
//! network address: connections at once, and the brake on guessing the code.

pub mod console;
pub mod door;
pub mod keys;
pub mod room;
pub mod roster;
pub mod seat;
pub mod server;
