//! How to join: this computer's addresses on the room's network and the
//! exact `ssh` line for each, the same words on the full-screen console and
//! on the printed one.

use crate::lang::Words;
use std::net::{IpAddr, Ipv4Addr, UdpSocket};

use crate::serve::server::Access;

/// What a participant needs to join, as the console shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Join {
    /// The addresses to type, best first.
    pub hosts: Vec<String>,
    pub port: u16,
    pub access: Access,
    /// The host key's SHA256 fingerprint, as `ssh` shows it.
    pub fingerprint: String,
}

/// Shown when no network address is found: the counselor looks it up.
pub const NO_ADDRESS: &str = "THIS-COMPUTERS-ADDRESS";

impl Join {
    /// The `ssh` line for each address ("ssh -p 2222 4821@192.168.1.20").
    pub fn ssh_lines(&self) -> Vec<String> {
        let port = if self.port == 22 {
            String::new()
        } else {
            format!("-p {} ", self.port)
        };
        let user = match &self.access {
            Access::Code(code) => format!("{code}@"),
            Access::Open => String::new(),
        };
        self.hosts
            .iter()
            .map(|host| format!("ssh {port}{user}{host}"))
            .collect()
    }

    /// For a participant who joined with another user name.
    pub fn code_words(&self) -> Option<String> {
        self.code_words_in(&Words::english())
    }

    /// [`Join::code_words`] in `words`.
    pub fn code_words_in(&self, words: &Words) -> Option<String> {
        match &self.access {
            Access::Code(code) => {
                Some(words.args("console-code-words", &[("code", code.as_str().into())]))
            }
            Access::Open => None,
        }
    }
}

/// One network address of this computer, as the system lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Interface {
    pub name: String,
    pub address: Ipv4Addr,
    pub up: bool,
    pub loopback: bool,
}

/// The addresses participants can reach: the one given, or, when
/// listening on every address, each IPv4 address of this computer on a
/// network (the one it uses to reach other networks first).
pub fn hosts(bind: IpAddr) -> Vec<String> {
    if !bind.is_unspecified() {
        return vec![bind.to_string()];
    }
    lan_hosts(&interfaces(), default_address())
}

/// Interfaces only this computer can reach (containers and virtual
/// machines), whose addresses would only confuse the room.
const HOST_ONLY: &[&str] = &[
    "docker", "br-", "veth", "virbr", "vboxnet", "vmnet", "lxcbr", "cni",
];

/// The addresses to show, from the interfaces and the address this
/// computer uses by default: up, not loopback, not self-assigned
/// (169.254.x.x: no DHCP answered there), not a container's or virtual
/// machine's network, no repeats, the default first. [`NO_ADDRESS`] when
/// there is none.
pub fn lan_hosts(interfaces: &[Interface], default: Option<Ipv4Addr>) -> Vec<String> {
    let usable = |ip: &Ipv4Addr| !ip.is_loopback() && !ip.is_unspecified() && !ip.is_link_local();
    let mut found: Vec<Ipv4Addr> = default.filter(usable).into_iter().collect();
    for interface in interfaces {
        let host_only = HOST_ONLY.iter().any(|p| interface.name.starts_with(p));
        if interface.up
            && !interface.loopback
            && !host_only
            && usable(&interface.address)
            && !found.contains(&interface.address)
        {
            found.push(interface.address);
        }
    }
    if found.is_empty() {
        return vec![NO_ADDRESS.to_string()];
    }
    found.iter().map(ToString::to_string).collect()
}

/// The address this computer would send from to reach another network:
/// connecting a UDP socket sends nothing, it only picks the address.
fn default_address() -> Option<Ipv4Addr> {
    let socket = UdpSocket::bind(("0.0.0.0", 0)).ok()?;
    socket.connect(("192.0.2.1", 9)).ok()?;
    match socket.local_addr().ok()?.ip() {
        IpAddr::V4(ip) => Some(ip),
        IpAddr::V6(_) => None,
    }
}

/// This computer's IPv4 addresses, from the system's list (getifaddrs).
#[cfg(unix)]
fn interfaces() -> Vec<Interface> {
    use nix::net::if_::InterfaceFlags;
    let Ok(list) = nix::ifaddrs::getifaddrs() else {
        return Vec::new();
    };
    list.filter_map(|entry| {
        let address = entry.address?.as_sockaddr_in()?.ip();
        Some(Interface {
            name: entry.interface_name,
            address,
            up: entry.flags.contains(InterfaceFlags::IFF_UP),
            loopback: entry.flags.contains(InterfaceFlags::IFF_LOOPBACK),
        })
    })
    .collect()
}

#[cfg(not(unix))]
fn interfaces() -> Vec<Interface> {
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn interface(name: &str, address: [u8; 4], up: bool, loopback: bool) -> Interface {
        Interface {
            name: name.to_string(),
            address: Ipv4Addr::from(address),
            up,
            loopback,
        }
    }

    #[test]
    fn every_usable_address_is_listed_once_the_default_first() {
        let list = [
            interface("lo", [127, 0, 0, 1], true, true),
            interface("eth0", [192, 168, 1, 20], true, false),
            interface("wlan0", [10, 42, 0, 1], true, false),
            interface("eth1", [172, 16, 0, 5], false, false),
            interface("eth2", [169, 254, 3, 4], true, false),
            interface("docker0", [172, 17, 0, 1], true, false),
            interface("virbr0", [192, 168, 122, 1], true, false),
        ];
        let shown = lan_hosts(&list, Some(Ipv4Addr::new(10, 42, 0, 1)));
        assert_eq!(shown, ["10.42.0.1", "192.168.1.20"]);
    }

    #[test]
    fn no_network_says_to_find_the_address() {
        let list = [interface("lo", [127, 0, 0, 1], true, true)];
        assert_eq!(lan_hosts(&list, None), [NO_ADDRESS]);
    }

    #[test]
    fn a_given_address_is_the_only_one() {
        assert_eq!(hosts("127.0.0.1".parse().unwrap()), ["127.0.0.1"]);
    }

    #[test]
    fn the_ssh_line_has_the_port_unless_22_and_the_code_unless_open() {
        let mut join = Join {
            hosts: vec!["192.168.1.20".to_string()],
            port: 2222,
            access: Access::Code("4821".to_string()),
            fingerprint: "SHA256:abc".to_string(),
        };
        assert_eq!(join.ssh_lines(), ["ssh -p 2222 4821@192.168.1.20"]);
        join.port = 22;
        join.access = Access::Open;
        assert_eq!(join.ssh_lines(), ["ssh 192.168.1.20"]);
        assert_eq!(join.code_words(), None);
    }
}
