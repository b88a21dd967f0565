//! The SSH key decoder (src/serve/keys.rs): every byte sequence a client
//! may send for the keys the quiz uses, split or whole, decodes to the key
//! a local terminal would give; junk is swallowed, never typed, never a
//! panic.

mod common;

use std::time::{Duration, Instant};

use careerfit::serve::keys::{Decoder, ESC_TIMEOUT};
use careerfit::tui::keys::{Action, action};
use common::keys::{ctrl, key};
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use proptest::prelude::*;

fn with(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
    KeyEvent::new(code, modifiers)
}

fn alt(c: char) -> KeyEvent {
    with(KeyCode::Char(c), KeyModifiers::ALT)
}

/// The keys `bytes` give fed as one packet, with no tick.
fn decode(bytes: &[u8]) -> Vec<KeyEvent> {
    Decoder::default().feed(bytes, Instant::now())
}

/// The keys of each packet fed in turn at one instant, with no tick.
fn decode_packets(packets: &[&[u8]]) -> Vec<KeyEvent> {
    let mut decoder = Decoder::default();
    let now = Instant::now();
    packets.iter().flat_map(|p| decoder.feed(p, now)).collect()
}

/// Checks each row: the bytes whole, and split before every byte, give
/// the keys, all presses (and nothing is left waiting).
fn check(table: &[(&[u8], Vec<KeyEvent>)]) {
    for (bytes, want) in table {
        assert_eq!(&decode(bytes), want, "bytes {bytes:?}");
        assert!(want.iter().all(|k| k.kind == KeyEventKind::Press));
        let one_by_one: Vec<&[u8]> = bytes.chunks(1).collect();
        assert_eq!(
            &decode_packets(&one_by_one),
            want,
            "bytes {bytes:?} one by one"
        );
        let mut decoder = Decoder::default();
        decoder.feed(bytes, Instant::now());
        assert_eq!(
            decoder.deadline(),
            None,
            "bytes {bytes:?} left something waiting"
        );
    }
}

#[test]
fn arrows_in_csi_and_ss3_forms() {
    check(&[
        (b"\x1b[A", vec![key(KeyCode::Up)]),
        (b"\x1b[B", vec![key(KeyCode::Down)]),
        (b"\x1b[C", vec![key(KeyCode::Right)]),
        (b"\x1b[D", vec![key(KeyCode::Left)]),
        (b"\x1bOA", vec![key(KeyCode::Up)]),
        (b"\x1bOB", vec![key(KeyCode::Down)]),
        (b"\x1bOC", vec![key(KeyCode::Right)]),
        (b"\x1bOD", vec![key(KeyCode::Left)]),
        (
            b"\x1b[A\x1b[B\x1bOC",
            vec![key(KeyCode::Up), key(KeyCode::Down), key(KeyCode::Right)],
        ),
    ]);
}

#[test]
fn arrows_with_modifiers() {
    check(&[
        (b"\x1b[1;5A", vec![with(KeyCode::Up, KeyModifiers::CONTROL)]),
        (b"\x1b[1;2B", vec![with(KeyCode::Down, KeyModifiers::SHIFT)]),
        (b"\x1b[1;3C", vec![with(KeyCode::Right, KeyModifiers::ALT)]),
        (
            b"\x1b[1;6D",
            vec![with(
                KeyCode::Left,
                KeyModifiers::SHIFT | KeyModifiers::CONTROL,
            )],
        ),
        (b"\x1bO5A", vec![with(KeyCode::Up, KeyModifiers::CONTROL)]),
        (
            b"\x1b[1;5H",
            vec![with(KeyCode::Home, KeyModifiers::CONTROL)],
        ),
        (
            b"\x1b[5;5~",
            vec![with(KeyCode::PageUp, KeyModifiers::CONTROL)],
        ),
    ]);
}

#[test]
fn home_and_end_in_every_form() {
    let home = vec![key(KeyCode::Home)];
    let end = vec![key(KeyCode::End)];
    check(&[
        (b"\x1b[H", home.clone()),
        (b"\x1bOH", home.clone()),
        (b"\x1b[1~", home.clone()),
        (b"\x1b[7~", home),
        (b"\x1b[F", end.clone()),
        (b"\x1bOF", end.clone()),
        (b"\x1b[4~", end.clone()),
        (b"\x1b[8~", end),
    ]);
}

#[test]
fn page_insert_delete() {
    check(&[
        (b"\x1b[5~", vec![key(KeyCode::PageUp)]),
        (b"\x1b[6~", vec![key(KeyCode::PageDown)]),
        (b"\x1b[2~", vec![key(KeyCode::Insert)]),
        (b"\x1b[3~", vec![key(KeyCode::Delete)]),
    ]);
}

#[test]
fn function_keys_and_f1_opens_help() {
    check(&[
        (b"\x1bOP", vec![key(KeyCode::F(1))]),
        (b"\x1bOQ", vec![key(KeyCode::F(2))]),
        (b"\x1bOR", vec![key(KeyCode::F(3))]),
        (b"\x1bOS", vec![key(KeyCode::F(4))]),
        (b"\x1b[11~", vec![key(KeyCode::F(1))]),
        (b"\x1b[12~", vec![key(KeyCode::F(2))]),
        (b"\x1b[13~", vec![key(KeyCode::F(3))]),
        (b"\x1b[14~", vec![key(KeyCode::F(4))]),
        (b"\x1b[15~", vec![key(KeyCode::F(5))]),
        (b"\x1b[24~", vec![key(KeyCode::F(12))]),
        // The Linux console.
        (b"\x1b[[A", vec![key(KeyCode::F(1))]),
        (b"\x1b[[E", vec![key(KeyCode::F(5))]),
        // xterm's Shift-F1.
        (b"\x1b[1;2P", vec![with(KeyCode::F(1), KeyModifiers::SHIFT)]),
    ]);
    for bytes in [&b"\x1bOP"[..], b"\x1b[11~", b"\x1b[[A"] {
        assert_eq!(
            decode(bytes).into_iter().map(action).collect::<Vec<_>>(),
            [Some(Action::Help)]
        );
    }
}

#[test]
fn tab_backtab_backspace() {
    check(&[
        (b"\t", vec![key(KeyCode::Tab)]),
        (b"\x1b[Z", vec![with(KeyCode::BackTab, KeyModifiers::SHIFT)]),
        (b"\x7f", vec![key(KeyCode::Backspace)]),
        (b"\x08", vec![key(KeyCode::Backspace)]),
    ]);
    assert_eq!(action(decode(b"\x1b[Z")[0]), Some(Action::PreviousTab));
    assert_eq!(action(decode(b"\x08")[0]), Some(Action::Back));
}

#[test]
fn cr_lf_and_crlf_are_one_enter_each() {
    let enter = key(KeyCode::Enter);
    check(&[
        (b"\r", vec![enter]),
        (b"\n", vec![enter]),
        (b"\r\n", vec![enter]),
        (b"\r\r", vec![enter, enter]),
        (b"\n\n", vec![enter, enter]),
        (b"\r\n\r\n", vec![enter, enter]),
        (b"\n\r", vec![enter, enter]),
        (b"\r\n\n", vec![enter, enter]),
        (
            b"1\r\n2",
            vec![key(KeyCode::Char('1')), enter, key(KeyCode::Char('2'))],
        ),
    ]);
    // \r in one packet, \n in the next: still one Enter.
    assert_eq!(decode_packets(&[b"\r", b"\n"]), [enter]);
    assert_eq!(decode_packets(&[b"y\r", b"\ny"]).len(), 3);
}

#[test]
fn control_letters() {
    check(&[
        (b"\x03", vec![ctrl('c')]),
        (b"\x01", vec![ctrl('a')]),
        (b"\x1a", vec![ctrl('z')]),
        (b"\x0c", vec![ctrl('l')]),
        (b"\x00", vec![ctrl(' ')]),
    ]);
    assert_eq!(action(decode(b"\x03")[0]), Some(Action::Interrupt));
    // Tab, Enter and Backspace are not Ctrl-I, Ctrl-M, Ctrl-H.
    for b in [0x09, 0x0a, 0x0d, 0x08] {
        let keys = decode(&[b]);
        assert!(
            !keys[0].modifiers.contains(KeyModifiers::CONTROL),
            "byte {b:#x}"
        );
    }
}

#[test]
fn text_and_utf8_split_across_packets() {
    check(&[
        (b"a", vec![key(KeyCode::Char('a'))]),
        (b"G", vec![with(KeyCode::Char('G'), KeyModifiers::SHIFT)]),
        (b" ", vec![key(KeyCode::Char(' '))]),
        ("é".as_bytes(), vec![key(KeyCode::Char('é'))]),
        ("职".as_bytes(), vec![key(KeyCode::Char('职'))]),
        ("🦀".as_bytes(), vec![key(KeyCode::Char('🦀'))]),
        (
            "É".as_bytes(),
            vec![with(KeyCode::Char('É'), KeyModifiers::SHIFT)],
        ),
    ]);
    let crab = "🦀".as_bytes();
    assert_eq!(
        decode_packets(&[&crab[..1], &crab[1..3], &crab[3..]]),
        [key(KeyCode::Char('🦀'))]
    );
}

#[test]
fn invalid_utf8_is_dropped() {
    let a = key(KeyCode::Char('a'));
    check(&[
        (b"\x80a", vec![a]),
        (b"\xffa", vec![a]),
        (b"\xc3a", vec![a]),
        (b"\xe8\x81a", vec![a]),
        // Over-long encodings and surrogates are not chars.
        (b"\xc0\xafa", vec![a]),
        (b"\xe0\x80\xafa", vec![a]),
        (b"\xed\xa0\x80a", vec![a]),
        (b"\xf4\x90\x80\x80a", vec![a]),
    ]);
}

#[test]
fn esc_then_a_char_is_alt() {
    check(&[
        (b"\x1bx", vec![alt('x')]),
        (b"\x1b1", vec![alt('1')]),
        ("\x1bé".as_bytes(), vec![alt('é')]),
        (b"\x1b\r", vec![with(KeyCode::Enter, KeyModifiers::ALT)]),
        // Esc Esc [A: the first Esc was alone.
        (b"\x1b\x1b[A", vec![key(KeyCode::Esc), key(KeyCode::Up)]),
    ]);
}

#[test]
fn unknown_and_over_long_sequences_are_swallowed_whole() {
    let a = vec![key(KeyCode::Char('a'))];
    let swallowed: &[&[u8]] = &[
        b"\x1b[<0;12;7M", // SGR mouse press
        b"\x1b[<0;12;7m", // SGR mouse release
        b"\x1b[M !!",     // X10 mouse
        b"\x1b[MAbc",     // X10 mouse, letters as coordinates
        b"\x1b[32;12;7M", // urxvt mouse
        b"\x1b[200~",     // bracketed paste start
        b"\x1b[201~",     // bracketed paste end
        b"\x1b[I",        // focus in
        b"\x1b[O",        // focus out
        b"\x1b[?1;2c",    // device attributes answer
        b"\x1b[12;40R",   // cursor position answer
        b"\x1b[99~",      // unknown ~ key
        b"\x1b[1;5u",     // kitty keyboard protocol
        b"\x1bOx",        // unknown SS3
    ];
    for bytes in swallowed {
        let mut with_a = bytes.to_vec();
        with_a.push(b'a');
        check(&[(&with_a, a.clone())]);
    }
    let mut long = b"\x1b[".to_vec();
    long.extend(std::iter::repeat_n(b'9', 100));
    long.extend(b"Xa");
    check(&[(&long, a.clone())]);
    // Pasted text between the markers is typed; the markers are not.
    check(&[(
        b"\x1b[200~hi\x1b[201~",
        vec![key(KeyCode::Char('h')), key(KeyCode::Char('i'))],
    )]);
}

#[test]
fn a_control_byte_breaks_a_sequence() {
    check(&[
        (b"\x1b[1;\x03", vec![ctrl('c')]),
        (b"\x1b[\x1b[A", vec![alt('['), key(KeyCode::Up)]),
        (
            b"\x1bO\r",
            vec![
                with(KeyCode::Char('O'), KeyModifiers::SHIFT | KeyModifiers::ALT),
                key(KeyCode::Enter),
            ],
        ),
    ]);
}

#[test]
fn a_lone_esc_is_decided_by_tick_only_after_the_deadline() {
    let mut decoder = Decoder::default();
    let t0 = Instant::now();
    assert_eq!(decoder.deadline(), None);
    assert!(decoder.feed(b"\x1b", t0).is_empty());
    assert_eq!(decoder.deadline(), Some(t0 + ESC_TIMEOUT));
    assert!(ESC_TIMEOUT >= Duration::from_millis(40) && ESC_TIMEOUT <= Duration::from_millis(80));
    assert!(decoder.tick(t0).is_empty());
    assert!(
        decoder
            .tick(t0 + ESC_TIMEOUT - Duration::from_millis(1))
            .is_empty()
    );
    assert_eq!(decoder.tick(t0 + ESC_TIMEOUT), [key(KeyCode::Esc)]);
    assert_eq!(decoder.deadline(), None);
    assert!(decoder.tick(t0 + ESC_TIMEOUT * 3).is_empty());
    assert_eq!(action(key(KeyCode::Esc)), Some(Action::Escape));
    // After it, keys read as usual.
    assert_eq!(
        decoder.feed(b"j", t0 + ESC_TIMEOUT * 3),
        [key(KeyCode::Char('j'))]
    );
}

#[test]
fn the_deadline_counts_from_the_last_byte() {
    let mut decoder = Decoder::default();
    let t0 = Instant::now();
    let later = t0 + Duration::from_millis(30);
    decoder.feed(b"\x1b", t0);
    decoder.feed(b"[", later);
    assert_eq!(decoder.deadline(), Some(later + ESC_TIMEOUT));
    assert!(decoder.tick(t0 + ESC_TIMEOUT).is_empty());
    assert_eq!(
        decoder.feed(b"A", later + Duration::from_millis(10)),
        [key(KeyCode::Up)]
    );
}

#[test]
fn esc_then_bracket_split_across_packets_is_not_a_lone_esc() {
    let t0 = Instant::now();
    for split in [
        &[&b"\x1b"[..], b"[", b"B"][..],
        &[b"\x1b", b"[B"],
        &[b"\x1b[", b"B"],
    ] {
        let mut decoder = Decoder::default();
        let mut keys = Vec::new();
        for (i, packet) in split.iter().enumerate() {
            let now = t0 + Duration::from_millis(10 * i as u64);
            keys.extend(decoder.tick(now));
            keys.extend(decoder.feed(packet, now));
        }
        assert_eq!(keys, [key(KeyCode::Down)], "{split:?}");
    }
}

#[test]
fn timeouts_settle_what_is_left() {
    let t0 = Instant::now();
    let late = t0 + ESC_TIMEOUT;
    let settle = |bytes: &[u8]| {
        let mut decoder = Decoder::default();
        let mut keys = decoder.feed(bytes, t0);
        keys.extend(decoder.tick(late));
        assert_eq!(decoder.deadline(), None, "{bytes:?}");
        keys
    };
    assert_eq!(settle(b"\x1b["), [alt('[')]);
    assert_eq!(
        settle(b"\x1bO"),
        [with(
            KeyCode::Char('O'),
            KeyModifiers::SHIFT | KeyModifiers::ALT
        )]
    );
    assert_eq!(settle(b"\x1b[1;5"), []);
    assert_eq!(settle(b"\xe8\x81"), []);
    assert_eq!(settle(b"\x1b\xe8\x81"), [key(KeyCode::Esc)]);
}

/// Bytes a client sends, mixed from the sequences above and random bytes.
fn stream() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        Just(b"\x1b[A".to_vec()),
        Just(b"\x1bOB".to_vec()),
        Just(b"\x1b[1;5C".to_vec()),
        Just(b"\x1b[5~".to_vec()),
        Just(b"\x1b[<0;3;4M".to_vec()),
        Just(b"\x1b[M !!".to_vec()),
        Just(b"\x1b[[A".to_vec()),
        Just(b"\r\n".to_vec()),
        Just(b"\x1b".to_vec()),
        Just("é🦀职".as_bytes().to_vec()),
        any::<u8>().prop_map(|b| vec![b]),
        proptest::collection::vec(any::<u8>(), 0..8),
    ];
    proptest::collection::vec(piece, 0..24).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn any_split_gives_the_same_keys(
        bytes in stream(),
        cuts in proptest::collection::vec(any::<prop::sample::Index>(), 0..10),
    ) {
        let whole = decode(&bytes);
        let mut at: Vec<usize> = cuts.iter().map(|c| c.index(bytes.len() + 1)).collect();
        at.push(0);
        at.push(bytes.len());
        at.sort_unstable();
        let packets: Vec<&[u8]> = at.windows(2).map(|w| &bytes[w[0]..w[1]]).collect();
        prop_assert_eq!(decode_packets(&packets), whole);
    }

    #[test]
    fn arbitrary_bytes_never_panic_and_give_bounded_output(
        packets in proptest::collection::vec(proptest::collection::vec(any::<u8>(), 0..64), 0..8),
    ) {
        let mut decoder = Decoder::default();
        let t0 = Instant::now();
        let mut total = 0;
        let mut bytes = 0;
        for (i, packet) in packets.iter().enumerate() {
            let now = t0 + ESC_TIMEOUT * i as u32;
            total += decoder.tick(now).len();
            total += decoder.feed(packet, now).len();
            bytes += packet.len();
            if let Some(deadline) = decoder.deadline() {
                prop_assert!(deadline > now && deadline <= now + ESC_TIMEOUT);
            }
        }
        total += decoder.tick(t0 + ESC_TIMEOUT * 100).len();
        prop_assert!(total <= 2 * bytes + 1);
        prop_assert!(!decoder.pending());
    }
}

/// The bytes an SSH client sends, cut into packets of `size` bytes, given
/// to the quiz through the decoder, with the deadline passing between
/// packets as it would on a slow link.
fn send(app: &mut careerfit::tui::app::App, bytes: &[u8], size: usize) {
    let mut decoder = Decoder::default();
    let t0 = Instant::now();
    for (i, packet) in bytes.chunks(size).enumerate() {
        let now = t0 + Duration::from_millis(10 * i as u64);
        for key in decoder.feed(packet, now) {
            app.handle_key(key);
        }
    }
    for key in decoder.tick(t0 + Duration::from_secs(60)) {
        app.handle_key(key);
    }
}

#[test]
fn a_whole_quiz_taken_through_the_decoder() {
    use careerfit::tui::app::Screen;
    use common::app::{HANDS_ON, app, shown_at};

    for size in [1, 2, 3, 7, 64] {
        let mut app = app();
        // Enter as \r\n, the answers with arrows in both forms between them
        // (down then up again), then Enter as a lone \r on the review.
        let mut bytes = b"\r\n".to_vec();
        for digit in HANDS_ON.bytes() {
            bytes.extend(b"\x1b[B\x1bOA");
            bytes.push(digit);
        }
        send(&mut app, &bytes, size);
        assert_eq!(app.screen(), Screen::Review, "packets of {size}");
        send(&mut app, b"\r", size);
        assert_eq!(app.screen(), Screen::Results, "packets of {size}");
        let shown = shown_at(&app, (100, 40));
        assert!(
            shown.contains("IT Technician"),
            "packets of {size}:\n{shown}"
        );
    }
}

#[test]
fn f1_from_an_ssh_client_opens_the_keys_and_a_lone_esc_closes_them() {
    use common::app::{app, shown_at};

    let before = shown_at(&app(), (100, 40));
    for f1 in [&b"\x1bOP"[..], b"\x1b[11~", b"\x1b[[A"] {
        let mut app = app();
        send(&mut app, f1, 1);
        let help = shown_at(&app, (100, 40));
        assert_ne!(help, before, "{f1:?} changed nothing");
        assert!(help.contains("Press any key to close."), "{f1:?}:\n{help}");
        assert!(!before.contains("Press any key to close."));
        // A lone Esc, settled by the deadline, closes it.
        send(&mut app, b"\x1b", 1);
        assert_eq!(shown_at(&app, (100, 40)), before, "{f1:?} then Esc");
    }
}
