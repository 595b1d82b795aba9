//! The real binary in tmux: a private server (its own socket, no user configuration), one
//! session `t` of a fixed size, killed when dropped.

use std::process::{Command, Output};
use std::time::{Duration, Instant};

pub struct Tmux {
    socket: String,
}

/// Whether tmux is installed. In CI it must be (.ci/run installs it); elsewhere a test may
/// skip, saying so.
pub fn available() -> bool {
    let ok = Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            std::env::var_os("CI").is_none(),
            "tmux is required for the end-to-end tests in CI"
        );
        eprintln!("tmux is not installed; skipping this end-to-end test");
    }
    ok
}

impl Tmux {
    /// A server named after `name` and this process, with session `t` running `shell`
    /// (`sh -c`) in a `width`×`height` window. A dead pane stays on screen (remain-on-exit),
    /// so that what it showed last can still be read.
    pub fn start(name: &str, width: u16, height: u16, shell: &str) -> Tmux {
        let tmux = Tmux {
            socket: format!("consulta-{name}-{}", std::process::id()),
        };
        let out = tmux.cmd(&[
            "new-session",
            "-d",
            "-s",
            "t",
            "-x",
            &width.to_string(),
            "-y",
            &height.to_string(),
            shell,
        ]);
        assert!(
            out.status.success(),
            "tmux new-session: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        tmux.cmd(&["set-option", "-g", "escape-time", "0"]);
        tmux.cmd(&["set-option", "-g", "remain-on-exit", "on"]);
        tmux.cmd(&["set-option", "-t", "t", "remain-on-exit", "on"]);
        tmux
    }

    pub fn cmd(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .arg("-f")
            .arg("/dev/null")
            .args(args)
            .output()
            .expect("run tmux")
    }

    /// A command's stdout, trimmed.
    pub fn out(&self, args: &[&str]) -> String {
        String::from_utf8_lossy(&self.cmd(args).stdout)
            .trim_end()
            .to_string()
    }

    /// A format of the pane (`#{pane_pid}`, `#{alternate_on}`…).
    pub fn display(&self, format: &str) -> String {
        self.out(&["display", "-p", "-t", "t", format])
    }

    pub fn screen(&self) -> String {
        self.out(&["capture-pane", "-p", "-t", "t"])
    }

    /// The screen with wrapped lines joined (long messages, paths).
    pub fn screen_joined(&self) -> String {
        self.out(&["capture-pane", "-p", "-J", "-t", "t"])
    }

    pub fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "t"];
        args.extend_from_slice(keys);
        self.cmd(&args);
    }

    pub fn text(&self, text: &str) {
        self.cmd(&["send-keys", "-t", "t", "-l", text]);
    }

    /// Wait (at most `limit`, polling every 10 ms) until the screen satisfies `ok`.
    pub fn wait_for(&self, what: &str, limit: Duration, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if ok(&s) {
                return s;
            }
            assert!(
                start.elapsed() < limit,
                "waited {limit:?} for {what}; the screen:\n{s}"
            );
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// [`Tmux::wait_for`] with 15 s.
    pub fn wait(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        self.wait_for(what, Duration::from_secs(15), ok)
    }

    /// Whether the pane's program has ended.
    pub fn dead(&self) -> bool {
        self.display("#{pane_dead}") == "1"
    }

    /// Replace the (dead) pane's program with `shell`.
    pub fn respawn(&self, shell: &str) {
        let out = self.cmd(&["respawn-pane", "-k", "-t", "t", shell]);
        assert!(
            out.status.success(),
            "tmux respawn-pane: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        self.cmd(&["kill-server"]);
    }
}
