//! A seat's byte sink on its SSH channel.

use std::io::{self, Write};
use std::sync::Arc;

use russh::ChannelId;
use russh::server::Handle;

use super::Room;

/// A seat's byte sink: each write goes down the channel, sent from the
/// seat's own thread and waiting while the client is behind. Dropped when
/// the seat's thread ends: the channel is then closed and the seat's
/// place given back.
pub(super) struct ChannelSink {
    pub(super) handle: Handle,
    pub(super) channel: ChannelId,
    pub(super) rt: tokio::runtime::Handle,
    pub(super) room: Arc<Room>,
}

impl Write for ChannelSink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if buf.is_empty() {
            return Ok(0);
        }
        self.rt
            .block_on(self.handle.data(self.channel, buf.to_vec()))
            .map_err(|_| io::Error::from(io::ErrorKind::BrokenPipe))?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl Drop for ChannelSink {
    fn drop(&mut self) {
        let handle = self.handle.clone();
        let channel = self.channel;
        // Spawned, not awaited here: a sink may be dropped on a tokio
        // worker (a seat that failed to start). The data sent before is
        // ahead of these in the session's queue.
        self.rt.spawn(async move {
            let _ = handle.exit_status_request(channel, 0).await;
            let _ = handle.eof(channel).await;
            let _ = handle.close(channel).await;
        });
        self.room
            .change(|state| state.live = state.live.saturating_sub(1));
    }
}
