//! A russh client for tests and the load benchmark (`#[path]`-included
//! there): trusts any host key (each test makes its own) and can connect
//! from a chosen loopback address (127.0.0.2, 127.0.0.3...: on Linux all
//! of 127/8 is this computer), so one test plays several computers.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

use russh::client::{self, KeyboardInteractiveAuthResponse};
use russh::keys::PublicKeyOrCertificate;

/// Trusts any host key.
pub struct Trusting;

impl client::Handler for Trusting {
    type Error = russh::Error;

    async fn check_server_key(&mut self, _: &PublicKeyOrCertificate) -> Result<bool, Self::Error> {
        Ok(true)
    }
}

/// Connects to `server` from the address `from`.
pub async fn connect_from(from: IpAddr, server: SocketAddr) -> client::Handle<Trusting> {
    let socket = match from {
        IpAddr::V4(_) => tokio::net::TcpSocket::new_v4(),
        IpAddr::V6(_) => tokio::net::TcpSocket::new_v6(),
    }
    .unwrap();
    socket.bind(SocketAddr::new(from, 0)).unwrap();
    let stream = socket.connect(server).await.unwrap();
    stream.set_nodelay(true).unwrap();
    let config = Arc::new(client::Config::default());
    client::connect_stream(config, stream, Trusting)
        .await
        .unwrap()
}

/// Starts keyboard-interactive sign-in as `user`: the one prompt's text.
pub async fn prompt(session: &mut client::Handle<Trusting>, user: &str) -> String {
    let asked = session
        .authenticate_keyboard_interactive_start(user, None)
        .await
        .unwrap();
    let KeyboardInteractiveAuthResponse::InfoRequest { prompts, .. } = asked else {
        panic!("a prompt: {asked:?}");
    };
    assert_eq!(prompts.len(), 1, "{prompts:?}");
    prompts[0].prompt.clone()
}

/// Answers the prompt with `typed`: whether it let the client in.
pub async fn answer(session: &mut client::Handle<Trusting>, typed: &str) -> bool {
    let answer = session
        .authenticate_keyboard_interactive_respond(vec![typed.to_string()])
        .await
        .unwrap();
    matches!(answer, KeyboardInteractiveAuthResponse::Success)
}
