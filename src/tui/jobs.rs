//! Background work: a job is one library call on a thread of its own; its result comes back
//! through a channel that the event loop polls each tick, so the UI never blocks on it.

use std::sync::mpsc;

use super::action::{Job, JobDone};

/// The jobs under way.
#[derive(Default)]
pub struct Jobs {
    running: Vec<mpsc::Receiver<JobDone>>,
}

impl Jobs {
    pub fn spawn(&mut self, job: Job) {
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let _ = tx.send(job());
        });
        self.running.push(rx);
    }

    pub fn is_empty(&self) -> bool {
        self.running.is_empty()
    }

    /// The finished jobs' results (waiting for every job when `block`). A job whose thread
    /// stopped without an answer gives `None`.
    pub fn finished(&mut self, block: bool) -> Vec<Option<JobDone>> {
        let mut out = Vec::new();
        for rx in std::mem::take(&mut self.running) {
            if block {
                out.push(rx.recv().ok());
                continue;
            }
            match rx.try_recv() {
                Ok(j) => out.push(Some(j)),
                Err(mpsc::TryRecvError::Empty) => self.running.push(rx),
                Err(mpsc::TryRecvError::Disconnected) => out.push(None),
            }
        }
        out
    }

    /// Take over another set's jobs (when the app is rebuilt on newly loaded data).
    pub fn absorb(&mut self, other: &mut Jobs) {
        self.running.append(&mut other.running);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_job_runs_off_the_thread_and_its_result_comes_back() {
        let mut jobs = Jobs::default();
        jobs.spawn(Box::new(|| JobDone::Exported(Ok("x.md".into()))));
        assert!(!jobs.is_empty());
        let done = jobs.finished(true);
        assert!(jobs.is_empty());
        assert!(matches!(
            done.as_slice(),
            [Some(JobDone::Exported(Ok(p)))] if p.to_str() == Some("x.md")
        ));
        jobs.spawn(Box::new(|| panic!("stops without an answer")));
        assert!(matches!(jobs.finished(true).as_slice(), [None]));
    }
}
